#pragma once
// The phone's command-line flags and config.toml keys (phone, phone-port, phone-bind), resolved
// to what the server does, and the address it binds to by default: this machine's address on the
// network a phone is on (the one with the default route, else the first that is not loopback; a
// laptop's own hotspot has none). Not 0.0.0.0: that would also listen on every other network the
// laptop is on (a venue's public Wi-Fi, a VPN).
#include <optional>
#include <string>
#include <vector>

#include "core/config/resolve_settings.hpp"
#include "core/config/settings.hpp"

namespace CLI {
class App;
}

namespace lightning {

// The --phone* flags as given (none: config.toml's phone, phone-port, phone-bind).
struct PhoneOptions {
    bool phone = false;       // --phone
    std::optional<int> port;  // --phone-port PORT
    std::string bind;         // --phone-bind ADDRESS
};

void add_phone_options(CLI::App& command, PhoneOptions& options);
// --phone-port and --phone-bind only (`lightning phone` always serves the pages).
void add_phone_address_options(CLI::App& command, PhoneOptions& options);
std::vector<FlagSetting> phone_flags(const PhoneOptions& options);

struct PhonePlan {
    bool on = false;
    int port = 8765;
    std::string bind;  // the address to listen on
    std::string host;  // the address in the URLs (bind, or the LAN address for 0.0.0.0)
};
PhonePlan phone_plan(const Settings& settings);

// This machine's IPv4 address on its network (see above); "127.0.0.1" when it has none.
std::string lan_address();

}  // namespace lightning
