#include "shell/remote/remote_link.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>

namespace lightning {

void add_osc_options(CLI::App& command, OscOptions& options) {
    command.add_option("--osc-send", options.send,
                       "Send the talk's state over OSC to HOST:PORT (repeatable): /lightning/talk, "
                       "/slide, /remaining, /session, as they change and once a second");
    command
        .add_option("--osc-listen", options.listen,
                    "Take the organizer's commands over OSC on this UDP port (/lightning/start, "
                    "/skip, /back, /end, /pause, /blank, /extend SECONDS)")
        ->check(CLI::Range(1, 65535));
    command
        .add_option("--osc-bind", options.bind,
                    "The address --osc-listen listens on (default 127.0.0.1: this machine "
                    "only; OSC has no password, so 0.0.0.0 lets anyone on the network drive "
                    "the show)")
        ->capture_default_str();
}

RemoteLink::RemoteLink(const OscOptions& options, const Clock& clock) {
    if (!options.send.empty()) sender_ = std::make_unique<OscSender>(options.send, clock);
    if (options.listen) {
        wake_event_ = SDL_RegisterEvents(1);
        const Uint32 wake = wake_event_;
        listener_ =
            std::make_unique<OscListener>(options.bind, *options.listen, inbox_, clock, [wake] {
                SDL_Event event{};
                event.type = wake;
                SDL_PushEvent(&event);  // thread-safe
            });
        std::fprintf(stderr, "lightning: OSC commands on %s:%d (udp)\n", options.bind.c_str(),
                     listener_->port());
    }
}

void RemoteLink::serve(Show& show, Micros now) {
    for (const RemoteCommand& remote : inbox_.take()) {
        if (remote.command)
            show.send(*remote.command, remote.source);
        else if (remote.extend)
            show.extend_break(*remote.extend, remote.source);
    }
    if (sender_) sender_->publish(show.live_status(now));
}

std::vector<std::string> RemoteLink::closing_lines() const {
    std::vector<std::string> lines;
    const size_t dropped = (listener_ ? listener_->dropped() : 0);
    if (dropped > 0)
        lines.push_back("OSC: " + std::to_string(dropped) +
                        " packet(s) dropped (not a /lightning/ command, malformed, or beyond 20 "
                        "a second)");
    return lines;
}

}  // namespace lightning
