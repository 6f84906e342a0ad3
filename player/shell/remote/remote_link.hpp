#pragma once
// The remotes of one run (OSC today; a phone next), as the window loop meets them: an inbox it
// empties on the clock's thread, a wake-up event the servers push into SDL's queue, and the
// status it publishes for the followers. Made from the command line's --osc-* flags.
#include <SDL.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/config/resolve_settings.hpp"
#include "core/config/settings.hpp"
#include "core/remote/remote_inbox.hpp"
#include "core/show/show.hpp"
#include "core/time/clock.hpp"
#include "shell/remote/osc_listener.hpp"
#include "shell/remote/osc_sender.hpp"

namespace CLI {
class App;
}

namespace lightning {

// The --osc-* flags as given (empty / none: config.toml's osc-send, osc-listen, osc-bind).
struct OscOptions {
    std::vector<std::string> send;  // --osc-send HOST:PORT (repeatable)
    std::optional<int> listen;      // --osc-listen PORT
    std::string bind;               // --osc-bind ADDRESS
};

void add_osc_options(CLI::App& command, OscOptions& options);
// The flags given, as settings over config.toml's (resolve_settings).
std::vector<FlagSetting> osc_flags(const OscOptions& options);
// What the resolved settings ask for: the desks to send to, the port (0: none) and address.
struct OscPlan {
    std::vector<std::string> send;
    int listen = 0;
    std::string bind;
};
OscPlan osc_plan(const Settings& settings);

class RemoteLink {
public:
    // Starts the listener and sender the options ask for (none: an idle link). Throws
    // std::runtime_error (a port taken) or std::invalid_argument (a malformed target).
    RemoteLink(const OscPlan& plan, const Clock& clock);

    // The window loop's thread, each pass: the remotes' commands go to the show as theirs, and
    // the show's status goes out.
    void serve(Show& show, Micros now);
    // The SDL event a server pushes when the inbox has something (0: no listener).
    Uint32 wake_event() const { return wake_event_; }
    // Said once at the end: how many packets were not a command, or came in a flood.
    std::vector<std::string> closing_lines() const;

private:
    RemoteInbox inbox_;
    Uint32 wake_event_ = 0;
    std::unique_ptr<OscListener> listener_;
    std::unique_ptr<OscSender> sender_;
};

}  // namespace lightning
