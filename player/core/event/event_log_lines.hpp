#pragma once
// The lines of an event's log, typed: what the event writes and what `event --resume` reads back
// go through these, so a field's name and meaning live in one place. Talk and card numbers are
// 0-based here and 1-based in the file (as the organizer counts them).
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/log/run_log.hpp"
#include "core/time/clock.hpp"

namespace lightning {

namespace event_line {

struct LineupTalk {
    std::string deck, title, speaker, problem;  // problem: why it cannot be played (empty: none)
};
struct SessionStart {
    std::string name;
    std::vector<LineupTalk> talks;
};
// `event --resume` went on at the talk that was running, or at a card (talk count: the closing).
struct SessionResumed {
    std::optional<size_t> talk, card;
};
struct BreakStart {
    std::string title;
    Millis planned{0};
};
struct BreakExtended {
    Millis by{0};
};
// The organizer held the break (its countdown stops until released or Start ends it).
struct BreakHeld {};
struct BreakReleased {
    Millis held{0};
};
struct TalkStart {
    size_t talk = 0;
    std::string deck, title;
    Millis planned{0};
};
struct TalkEnd {
    size_t talk = 0;
    std::string reason;  // "finished", "skipped", "signal", "closed", ...
    std::filesystem::path log;
    Millis planned{0}, actual{0};  // actual: start to end, pauses included
};
struct TalkSkipped {
    size_t talk = 0;
    std::string problem;  // why it could not be played (empty: the organizer skipped it)
};
struct SessionEnd {
    std::string reason;
};

}  // namespace event_line

using EventLine =
    std::variant<event_line::SessionStart, event_line::SessionResumed, event_line::BreakStart,
                 event_line::BreakExtended, event_line::BreakHeld, event_line::BreakReleased,
                 event_line::TalkStart, event_line::TalkEnd, event_line::TalkSkipped,
                 event_line::SessionEnd>;

// The line as written (without its "wall", which the log adds).
Json event_line_json(const EventLine& line);

// A line read back, with the wall time it was written at (when it has a readable one); nullopt
// for a line that is not one of ours (damaged, cut short, or another program's).
struct ReadEventLine {
    EventLine line;
    std::optional<WallTime> wall;
};
std::optional<ReadEventLine> parse_event_line(const std::string& text);

}  // namespace lightning
