#pragma once
// `lightning report`: several runs of one deck side by side. Per slide: the plan, each run's
// actual length, the mean over/under and the trend; per run: its total. Pure text and numbers
// here; the chart is drawn by the shell.
#include <string>
#include <vector>

#include "core/log/log_reader.hpp"

namespace lightning {

struct ReportRun {
    std::string label;         // "2026-11-25 17:45 paced"
    std::string status;        // "finished", "quit", "crashed (log cut off)", ...
    long long length_ms = 0;   // run_length_ms
    long long total_ms = 0;    // planned
};

struct ReportRow {
    int slide = 0;
    std::string file;
    long long planned_ms = 0;
    std::vector<std::optional<long long>> actual_ms;  // per run; for paced runs, how long the
                                                      // words took (planned + over)
    std::optional<long long> mean_over_ms;
    std::string trend;         // "better", "worse", "steady", "" with fewer than two runs
};

struct Report {
    std::string title;
    std::vector<ReportRun> runs;
    std::vector<ReportRow> rows;
    std::vector<std::string> warnings;  // runs left out (another deck), logs cut off
};

// Runs in the order given (oldest first is the caller's job). Runs whose slide list differs from
// the first are left out with a warning.
Report build_report(const std::vector<ReadLog>& logs);

// The per-run over/under for slide row r, run i (actual - planned), if known.
std::optional<long long> over_of(const ReportRow& row, size_t run);

std::string report_text(const Report& report);
std::string report_csv(const Report& report);

}  // namespace lightning
