#pragma once
// The plan of a talk: when each slide starts and how long it stays, in whole milliseconds.
// Computed once; everything that runs the talk reads offsets from here and never sums waits.
#include <optional>
#include <vector>

#include "core/deck/deck.hpp"
#include "core/time/clock.hpp"

namespace lightning {

struct PlannedSlide {
    Millis start;  // offset from the talk's start
    Millis duration;
};

struct Schedule {
    TalkFormat format = TalkFormat::FiveMinutes;
    Millis total{0};
    std::vector<PlannedSlide> slides;

    int count() const { return static_cast<int>(slides.size()); }
    // Index of the slide due at `elapsed` since the start; count() once the talk has ended.
    // Before the start (negative elapsed) the first slide is due.
    int slide_at(Micros elapsed) const;
    Millis end_of(int slide) const { return slides[slide].start + slides[slide].duration; }
};

// Command-line timing flags. Any of them replaces the deck's timing entirely (per-slide seconds
// from deck.toml are then ignored), so a flag always means what it says.
struct TimingOverrides {
    std::optional<TalkFormat> format;
    std::optional<Millis> total;          // implies five-minutes
    std::optional<Millis> slide_seconds;  // every slide gets this long
    bool any() const { return format || total || slide_seconds; }
};

// Default length of a five-minutes talk.
inline constexpr Millis kDefaultTotal{300'000};

// Builds the schedule. Splitting a total evenly gives the first (total % n) slides one extra
// millisecond, so the offsets are exact and the talk ends exactly at the total.
// Throws DeckError naming the deck.toml line when the timing in deck.toml does not add up.
Schedule make_schedule(const Deck& deck, const TimingOverrides& overrides = {});

// Per-slide durations alone (the rule above), for n slides sharing `total`.
std::vector<Millis> split_evenly(Millis total, int n);

}  // namespace lightning
