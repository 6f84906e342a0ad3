#pragma once
// The remotes of one run (OSC, the phone), as the window loop meets them: an inbox it empties on
// the clock's thread, a wake-up event the servers push into SDL's queue, and the status (and,
// for phones, the slides' decoded pixels) it publishes for the followers. Made from the command
// line's --osc-* and --phone* flags.
#include <SDL.h>

#include <functional>
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
#include "shell/remote/phone_options.hpp"
#include "shell/remote/phone_server.hpp"

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
    // Starts the listener, sender and phone server the plans ask for (none: an idle link); the
    // phone's URLs are printed with their QR codes and given to `show` for its cards. Throws
    // std::runtime_error (a port taken) or std::invalid_argument (a malformed target).
    RemoteLink(const OscPlan& osc, const PhonePlan& phone, Show& show, const Clock& clock);

    // The decoded pixels of a slide of the deck on screen (null: not decoded).
    using SlidePixels = std::function<std::shared_ptr<const SDL_Surface>(int slide)>;
    // The window loop's thread, each pass: the remotes' commands go to the show as theirs, and
    // the show's status goes out; phones get the current and next slide's pixels.
    void serve(Show& show, Micros now, const SlidePixels& pixels = {});
    // True when phones follow the slides (the window keeps the decoded pixels for them).
    bool wants_pixels() const { return phone_ != nullptr; }
    // The SDL event a server pushes when the inbox has something (0: no listener).
    Uint32 wake_event() const { return wake_event_; }
    // Said once at the end: how many packets were not a command, or came in a flood.
    std::vector<std::string> closing_lines() const;

private:
    RemoteInbox inbox_;
    Uint32 wake_event_ = 0;
    std::unique_ptr<OscListener> listener_;
    std::unique_ptr<OscSender> sender_;
    std::unique_ptr<PhoneServer> phone_;
    int deck_generation_ = -1;
    struct Offered {
        size_t talk = 0;
        int slide = -1;
        bool current = false, next = false;  // their pixels were there (offered)
        bool operator==(const Offered&) const = default;
    };
    Offered offered_;
};

}  // namespace lightning
