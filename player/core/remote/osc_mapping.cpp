#include "core/remote/osc_mapping.hpp"

#include <cmath>

#include "core/remote/remote_words.hpp"

namespace lightning {

namespace {

constexpr const char* kPrefix = "/lightning/";

float seconds(Micros time) {
    return static_cast<float>(static_cast<double>(time.count()) / 1e6);
}

int number(size_t index) {
    return static_cast<int>(index) + 1;
}

OscMessage talk_message(const LiveStatus& s) {
    return {"/lightning/talk", {number(s.talk), s.title, s.speaker}};
}
OscMessage slide_message(const LiveStatus& s) {
    return {"/lightning/slide",
            {s.slide + 1, s.slides, s.next_flip ? seconds(*s.next_flip) : -1.0f}};
}
OscMessage remaining_message(const LiveStatus& s) {
    return {"/lightning/remaining",
            {seconds(s.talk_left), seconds(s.slide_left), std::string(state_name(s.state))}};
}
OscMessage session_message(const LiveStatus& s, std::string (*wall_text)(WallTime)) {
    const std::string end = s.projected_end && wall_text ? wall_text(*s.projected_end) : "";
    return {"/lightning/session", {static_cast<int>(s.talks_done), static_cast<int>(s.talks), end}};
}

}  // namespace

std::vector<OscMessage> osc_updates(const std::optional<LiveStatus>& before, const LiveStatus& now,
                                    bool every_second, std::string (*wall_text)(WallTime)) {
    std::vector<OscMessage> out;
    const bool all = !before || every_second;
    if (all || before->talk != now.talk || before->title != now.title ||
        before->speaker != now.speaker)
        out.push_back(talk_message(now));
    if (all || before->slide != now.slide || before->slides != now.slides)
        out.push_back(slide_message(now));
    if (all || before->state != now.state) out.push_back(remaining_message(now));
    if (all || before->talks_done != now.talks_done || before->talks != now.talks)
        out.push_back(session_message(now, wall_text));
    return out;
}

std::optional<RemoteCommand> osc_command(const OscMessage& message, std::string* why) {
    const auto refuse = [&](std::string reason) -> std::optional<RemoteCommand> {
        if (why) *why = std::move(reason);
        return std::nullopt;
    };
    const std::string& address = message.address;
    if (address.rfind(kPrefix, 0) != 0) return refuse("not a /lightning/ address: " + address);
    const std::string name = address.substr(std::string(kPrefix).size());
    if (const auto command = remote_command_word(name))
        return RemoteCommand{*command, std::nullopt, CommandSource::Osc};
    if (name == "extend") {
        if (message.args.size() != 1) return refuse("/lightning/extend takes one number: seconds");
        double value = NAN;
        if (const auto* i = std::get_if<int>(&message.args[0])) value = *i;
        if (const auto* f = std::get_if<float>(&message.args[0])) value = *f;
        const auto by = break_extension(value);
        if (!by) return refuse("/lightning/extend takes seconds from 1 to 3600");
        return RemoteCommand{std::nullopt, *by, CommandSource::Osc};
    }
    return refuse("unknown address " + address);
}

}  // namespace lightning
