#include "shell/remote/remote_link.hpp"

#include <CLI/CLI.hpp>
#include <cstdio>

#include "core/time/time_text.hpp"
#include "shell/remote/phone_start.hpp"

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
    command.add_option("--osc-bind", options.bind,
                       "The address --osc-listen listens on (default 127.0.0.1: this machine "
                       "only; OSC has no password, so 0.0.0.0 lets anyone on the network drive "
                       "the show)");
}

std::vector<FlagSetting> osc_flags(const OscOptions& options) {
    std::vector<FlagSetting> flags;
    if (!options.send.empty()) {
        std::string joined;
        for (const auto& target : options.send) joined += (joined.empty() ? "" : ",") + target;
        flags.push_back({"osc-send", joined});
    }
    if (options.listen) flags.push_back({"osc-listen", static_cast<double>(*options.listen)});
    if (!options.bind.empty()) flags.push_back({"osc-bind", options.bind});
    return flags;
}

OscPlan osc_plan(const Settings& settings) {
    OscPlan plan;
    const std::string& send = settings.osc_send.value;
    for (size_t start = 0; start < send.size();) {
        const size_t comma = std::min(send.find(',', start), send.size());
        std::string target = send.substr(start, comma - start);
        target.erase(0, target.find_first_not_of(' '));
        target.erase(target.find_last_not_of(' ') + 1);
        if (!target.empty()) plan.send.push_back(target);
        start = comma + 1;
    }
    plan.listen = settings.osc_listen.value;
    plan.bind = settings.osc_bind.value.empty() ? "127.0.0.1" : settings.osc_bind.value;
    return plan;
}

RemoteLink::RemoteLink(const OscPlan& options, const PhonePlan& phone, Show& show,
                       const Clock& clock) {
    if (!options.send.empty()) sender_ = std::make_unique<OscSender>(options.send, clock);
    if (options.listen > 0 || phone.on) {
        wake_event_ = SDL_RegisterEvents(1);
    }
    const Uint32 wake_event = wake_event_;
    const auto wake = [wake_event] {
        SDL_Event event{};
        event.type = wake_event;
        SDL_PushEvent(&event);  // thread-safe
    };
    if (options.listen > 0) {
        listener_ =
            std::make_unique<OscListener>(options.bind, options.listen, inbox_, clock, wake);
        std::fprintf(stderr, "lightning: OSC commands on %s:%d (udp)\n", options.bind.c_str(),
                     listener_->port());
    }
    if (phone.on) {
        std::vector<PhoneSheet> sheets = show.phone_sheets();
        StartedPhone started = start_phone(phone, sheets.size(), inbox_, clock, wake);
        phone_ = std::move(started.server);
        print_phone_links(phone.bind, phone_->port(), started.links, SpeakerCodes::OneTalkOnly);
        show.set_phone_links(std::move(started.links));
        phone_->publish_sheets(std::move(sheets));
        deck_generation_ = show.deck_generation();
    }
}

void RemoteLink::serve(Show& show, Micros now, const SlidePixels& pixels) {
    for (const RemoteCommand& remote : inbox_.take()) {
        if (remote.command)
            show.send(*remote.command, remote.source);
        else if (remote.extend)
            show.extend_break(*remote.extend, remote.source);
    }
    if (!sender_ && !phone_) return;
    const LiveStatus status = show.live_status(now);
    if (sender_) sender_->publish(status);
    if (!phone_) return;
    if (show.deck_generation() != deck_generation_) {
        deck_generation_ = show.deck_generation();
        phone_->publish_sheets(show.phone_sheets());
        offered_ = {};
    }
    phone_->publish_status(status, now,
                           status.projected_end ? clock_text(*status.projected_end) : "");
    for (const std::string& line : phone_->take_lines()) std::fprintf(stderr, "%s\n", line.c_str());
    // The slides on stage (a title card: the first two): offered when they change, and again
    // until their pixels have arrived from the decoder.
    if (!pixels || status.state == LiveStatus::State::Break ||
        status.state == LiveStatus::State::Ended)
        return;
    const bool has_next = status.slide + 1 < status.slides;
    if (offered_.talk == status.talk && offered_.slide == status.slide && offered_.current &&
        (offered_.next || !has_next))
        return;
    auto current = pixels(status.slide);
    auto next = has_next ? pixels(status.slide + 1) : nullptr;
    offered_ = Offered{status.talk, status.slide, current != nullptr, next != nullptr};
    if (current) phone_->offer_slide(status.talk, status.slide, std::move(current));
    if (next) phone_->offer_slide(status.talk, status.slide + 1, std::move(next));
}

std::vector<std::string> RemoteLink::closing_lines() const {
    std::vector<std::string> lines;
    const size_t dropped = (listener_ ? listener_->dropped() : 0);
    if (phone_ && phone_->refused() > 0)
        lines.push_back("phone: " + std::to_string(phone_->refused()) +
                        " request(s) refused (no secret, too many, or too fast); at most " +
                        std::to_string(phone_->viewers_peak()) + " phone(s) at once");
    if (dropped > 0)
        lines.push_back("OSC: " + std::to_string(dropped) +
                        " packet(s) dropped (not a /lightning/ command, malformed, or beyond 20 "
                        "a second)");
    return lines;
}

}  // namespace lightning
