#pragma once
// An event's own log: one JSON line per happening (the event's start, each talk's start and end
// with its overrun, skipped talks, breaks, the event's end), written as the event goes, like a
// talk's log, to $XDG_STATE_HOME/lightning/sessions/<UTC>-event.jsonl.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/event/event_log_lines.hpp"
#include "core/log/log_file.hpp"
#include "core/log/run_log.hpp"
#include "core/time/wall_clock.hpp"

namespace lightning {

class EventLog {
public:
    EventLog(std::filesystem::path path, const WallClock& wall);
    // Adds the wall time and appends the line; a failure is said once in `messages`.
    void write(const EventLine& line);
    // Flushes it (to a fallback place if need be); returns where it is.
    std::filesystem::path finish();
    std::vector<std::string> take_messages();

private:
    LogFile file_;
    const WallClock& wall_;
    bool reported_ = false;
    std::vector<std::string> messages_;
};

// The folder of event logs: beside the talks' logs folder ($XDG_STATE_HOME/lightning/sessions),
// or `sessions` inside config.toml's log-dir when it is set (everything in the folder asked).
std::filesystem::path event_logs_dir(const std::string& log_dir = {});
// A new event log's place for an event starting at `wall`.
std::filesystem::path new_event_log_path(WallTime wall, const std::string& log_dir = {});

// Where a crashed event stopped: its log and the talk (0-based) that had started and not ended,
// or, `at_card`, the talk whose card comes next (it stopped on a title or break card: an
// organizer's Ctrl+C between talks); the number of talks when it stopped on the closing card.
struct CrashedEvent {
    std::filesystem::path log;
    size_t talk = 0;
    bool at_card = false;
    std::optional<WallTime> talk_started;  // the running talk's start (its talk_start's wall)
};
// The newest event log in `folder` of an event named `name` that has no end, or ended by a signal
// or a closed window (interrupting_end); throws DeckError when there is none.
CrashedEvent find_crashed_event(const std::string& name, const std::filesystem::path& folder);

}  // namespace lightning
