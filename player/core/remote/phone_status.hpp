#pragma once
// What a phone is told as the show goes: the `status` event (docs/phone.md), made from the
// show's LiveStatus at the laptop's clock time, and the rule for when one is worth sending
// (something but time changed, or the time left jumped: a pause, a break extended). Pure.
#include <cstdint>
#include <optional>
#include <string>

#include "core/remote/live_status.hpp"

namespace lightning {

// The organizer's message for the speaker's phone: `id` counts messages, so the page knows a
// new one from the same words sent again; empty text clears it.
struct SpeakerMessage {
    int id = 0;
    std::string text;
    bool operator==(const SpeakerMessage&) const = default;
};

// The status as the `status` event's JSON. `now`: the laptop's clock time it describes (the
// page's reference); `speaker_talk`: the talk whose speaker's phone it goes to (none: the
// organizer's), which sets "mine"; `projected_end`: the time of day the session ends at this
// pace ("" unknown).
std::string phone_status_json(const LiveStatus& status, Micros now, std::uint64_t seq,
                              std::optional<size_t> speaker_talk, const SpeakerMessage& message,
                              const std::string& projected_end);

// True when `now` (at clock time `now_at`) tells a phone something `before` (at `before_at`)
// did not: a state, talk, slide or name, or a time left that did not move as a clock would (a
// pause's resume, a break extended) by more than 100 ms. Time alone passing is not news: the
// page counts it down itself.
bool phone_status_news(const LiveStatus& before, Micros before_at, const LiveStatus& now,
                       Micros now_at);

}  // namespace lightning
