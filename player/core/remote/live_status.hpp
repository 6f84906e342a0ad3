#pragma once
// What a remote follower (an AV desk over OSC, a phone) is told of the show: the talk, the slide,
// the time left and the session's progress, as numbers taken from the show on the clock's thread
// and handed to the servers' threads as a copy. Nothing here reads a clock.
#include <optional>
#include <string>
#include <string_view>

#include "core/time/clock.hpp"
#include "core/time/wall_clock.hpp"

namespace lightning {

struct LiveStatus {
    // "waiting" (a title card, a --wait start), "running", "paused", "blanked", "break",
    // "ended" (the end card, the closing card).
    enum class State { Waiting, Running, Paused, Blanked, Break, Ended };
    State state = State::Waiting;
    size_t talk = 0, talks = 1;  // 0-based talk of the lineup (a play: 0 of 1)
    size_t talks_done = 0;       // talks ended or skipped
    std::string title, speaker;
    int slide = 0, slides = 0;        // 0-based slide on screen, of this many
    std::optional<Micros> next_flip;  // until the next slide flips by itself (none: paused,
                                      // the last slide, a free rehearsal, a card)
    Micros talk_left{0}, slide_left{0};
    std::optional<WallTime> projected_end;  // when the session ends at this pace
    bool operator==(const LiveStatus&) const = default;
};

std::string_view state_name(LiveStatus::State state);

}  // namespace lightning
