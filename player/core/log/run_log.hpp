#pragma once
// The timing log of one run (play or rehearsal) as data: JSON events, one per line in the file,
// and the per-slide table (the CSV) computed from them. The writer (TalkLog) and the reader
// (read_run_log) share this, so a log read back gives exactly the table written at its end.
//
// Every event has "event", "t_ms" (real milliseconds since the talk started, pauses included),
// "talk_ms" (talk time: pauses excluded, the clock the schedule runs on) and "wall" (ISO 8601
// UTC with milliseconds). See docs/logs.md for each event's fields.
#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/show/run_mode.hpp"
#include "core/time/clock.hpp"
#include "core/time/wall_clock.hpp"

namespace lightning {

using Json = nlohmann::ordered_json;  // keys stay in the order written: "event" first

// "2026-11-25T17:40:01.123Z"
std::string iso_utc(WallTime time);
// "20261125T174001.123Z", for file names (sorts by time, no colons; milliseconds so runs
// started in the same second get different names)
std::string compact_utc(WallTime time);
// Reads iso_utc's format back; nothing when the text is not in it.
std::optional<WallTime> parse_iso_utc(std::string_view text);

struct RunStart {
    std::string deck;  // the deck path as given
    std::string title;
    std::string mode;  // "play", "paced", "free" as logged (mode_named reads it)
    std::vector<std::string> files;
    std::vector<long long> planned_start_ms;
    std::vector<long long> planned_ms;
    long long total_ms = 0;
    std::string format;  // "five-minutes", "ignite", "pechakucha"; empty in older logs
    std::string version;
    bool mode_is(RunMode wanted) const { return mode_named(mode) == wanted; }
};

// One row of the CSV: slide,file,planned_start_ms,actual_start_ms,late_ms,planned_ms,actual_ms,
// mark_ms,over_ms. Empty optionals are empty cells (a slide never shown, no mark).
struct SlideRow {
    int slide = 0;  // 1-based
    std::string file;
    long long planned_start_ms = 0;
    std::optional<long long> actual_start_ms;
    std::optional<long long> late_ms;
    long long planned_ms = 0;
    std::optional<long long> actual_ms;
    std::optional<long long> mark_ms;
    std::optional<long long> over_ms;
    bool not_reached = false;  // the run ended before its planned end: never timed
};

struct RunSummary {
    RunStart start;
    std::string wall_start;  // the start event's wall time
    std::vector<SlideRow> rows;
    // finished, quit, signal, closed, restart; none if cut off. After a `resumed` event, only
    // an end that follows it counts.
    std::optional<std::string> end_reason;
    long long end_talk_ms = 0;  // talk time at the end (or the last event)
    long long paused_ms = 0;
    int resumptions = 0;     // times the run was resumed after a crash
    bool truncated = false;  // the file ended mid-line or without an end event
};

// An end that nobody chose: a signal (an organizer's stray Ctrl+C in the terminal, a logout's
// SIGHUP, SIGTERM) or the window taken away ("closed"). Such a talk is resumed like a crash;
// finished, quit (hold Esc) and restart were deliberate and are not.
bool interrupting_end(std::string_view reason);
// The run can be resumed: it has no end (a crash) or an interrupting one.
bool interrupted(const RunSummary& run);

// The per-slide table and the totals from a run's events (the first must be "start").
RunSummary summarize(const std::vector<Json>& events);

std::string csv_header();
// A CSV cell: quoted (inner quotes doubled) when it holds a comma, quote or line end.
std::string csv_field(const std::string& text);
std::string csv_line(const SlideRow& row);

}  // namespace lightning
