#pragma once
// `lightning report`: several runs of one deck side by side. Per slide: the plan, each run's
// figure (a paced run: how long the words took, to the mark; play and free runs: time on
// screen), its over/under against that run's own plan, the mean over/under and the trend; per
// run: its total. Runs that did not finish (quit, restart, crash) are listed, marked, and left
// out of the mean and trend unless asked for. Pure text and numbers here; the chart is drawn by
// the shell.
#include <string>
#include <vector>

#include "core/log/log_reader.hpp"

namespace lightning {

struct ReportRun {
    std::string label;        // "2026-11-25 17:45 paced"
    std::string status;       // "finished", "quit", "crashed (log cut off)", ...
    long long length_ms = 0;  // run_length_ms
    long long total_ms = 0;   // planned
    std::string quantity;     // "words" (paced) or "on screen" (play, free)
    bool finished = false;    // ended "finished"
    bool counted = false;     // in the mean and trend (finished, or --all)
};

struct ReportRow {
    int slide = 0;
    std::string file;
    long long planned_ms = 0;
    std::vector<std::optional<long long>> actual_ms;  // per run: its quantity (see ReportRun)
    std::vector<std::optional<long long>> over_ms;    // per run, against the run's own plan
    std::vector<std::string> note;          // per run: "", "no mark" (missed: at least this long),
                                            // "not reached" (never timed)
    std::optional<long long> mean_over_ms;  // over the counted runs
    std::string trend;  // "better", "worse", "steady", "" with fewer than two runs
};

struct Report {
    std::string title;
    std::vector<ReportRun> runs;
    std::vector<ReportRow> rows;
    std::vector<std::string> warnings;  // runs left out (another deck), logs cut off
};

// Runs in the order given (oldest first is the caller's job). Runs whose slide list differs from
// the first are left out with a warning. `include_unfinished` (report --all) counts runs that
// did not finish in the mean and trend too.
Report build_report(const std::vector<ReadLog>& logs, bool include_unfinished = false);

// The per-run over/under for slide row r, run i (against that run's own plan), if known.
std::optional<long long> over_of(const ReportRow& row, size_t run);

std::string report_text(const Report& report);
std::string report_csv(const Report& report);

inline constexpr const char* kNoMark = "no mark";
inline constexpr const char* kNotReached = "not reached";

}  // namespace lightning
