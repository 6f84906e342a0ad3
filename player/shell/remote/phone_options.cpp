#include "shell/remote/phone_options.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <CLI/CLI.hpp>

namespace lightning {

void add_phone_options(CLI::App& command, PhoneOptions& options) {
    command.add_flag("--phone", options.phone,
                     "Serve the speaker's phone (slides, countdowns, notes) and the organizer's "
                     "remote over HTTP; the URLs and QR codes are printed (docs/phone.md)");
    add_phone_address_options(command, options);
}

void add_phone_address_options(CLI::App& command, PhoneOptions& options) {
    command
        .add_option("--phone-port", options.port,
                    "TCP port of the phone pages (default 8765; 0: any free port, the one "
                    "chosen is printed)")
        ->check(CLI::Range(0, 65535));
    command.add_option("--phone-bind", options.bind,
                       "The address the phone pages listen on (default: this machine's address "
                       "on the network; 127.0.0.1: this machine only)");
}

std::vector<FlagSetting> phone_flags(const PhoneOptions& options) {
    std::vector<FlagSetting> flags;
    if (options.phone) flags.push_back({"phone", true});
    if (options.port) flags.push_back({"phone-port", static_cast<double>(*options.port)});
    if (!options.bind.empty()) flags.push_back({"phone-bind", options.bind});
    return flags;
}

PhonePlan phone_plan(const Settings& settings) {
    PhonePlan plan;
    plan.on = settings.phone.value;
    plan.port = settings.phone_port.value;
    if (!plan.on) return plan;  // no routing-table question for a run without phones
    plan.bind = settings.phone_bind.value.empty() ? lan_address() : settings.phone_bind.value;
    plan.host = plan.bind == "0.0.0.0" ? lan_address() : plan.bind;
    return plan;
}

std::string lan_address() {
    // The address a packet to the outside world would leave from: connecting a UDP socket sends
    // nothing, it only asks the routing table.
    const int probe = socket(AF_INET, SOCK_DGRAM, 0);
    if (probe >= 0) {
        sockaddr_in outside{};
        outside.sin_family = AF_INET;
        outside.sin_port = htons(9);
        inet_pton(AF_INET, "192.0.2.1", &outside.sin_addr);  // TEST-NET-1: never routed for real
        sockaddr_in local{};
        socklen_t length = sizeof local;
        const bool routed =
            connect(probe, reinterpret_cast<const sockaddr*>(&outside), sizeof outside) == 0 &&
            getsockname(probe, reinterpret_cast<sockaddr*>(&local), &length) == 0;
        close(probe);
        char text[INET_ADDRSTRLEN] = "";
        if (routed && inet_ntop(AF_INET, &local.sin_addr, text, sizeof text) &&
            std::string(text) != "0.0.0.0")
            return text;
    }
    // No default route (the laptop's own hotspot, no network): the first address that is up and
    // not loopback.
    ifaddrs* addresses = nullptr;
    std::string found = "127.0.0.1";
    if (getifaddrs(&addresses) == 0) {
        for (const ifaddrs* at = addresses; at; at = at->ifa_next) {
            if (!at->ifa_addr || at->ifa_addr->sa_family != AF_INET || !(at->ifa_flags & IFF_UP) ||
                (at->ifa_flags & IFF_LOOPBACK))
                continue;
            char text[INET_ADDRSTRLEN] = "";
            const auto* address = reinterpret_cast<const sockaddr_in*>(at->ifa_addr);
            if (inet_ntop(AF_INET, &address->sin_addr, text, sizeof text)) {
                found = text;
                break;
            }
        }
        freeifaddrs(addresses);
    }
    return found;
}

}  // namespace lightning
