#pragma once
// Runs of a deck as read back from its logs (ReadLog summaries, no events), for the tests of what
// the earlier runs give: each slide's figure as the log would have it.
#include <numeric>
#include <string>
#include <vector>

#include "core/log/log_reader.hpp"

namespace lightning::testing {

constexpr long long kNeverReached = -1;  // the run ended before the slide was timed
constexpr long long kMissedMark = -2;    // a paced run's slide whose end came unmarked

// A paced run planned `planned` per slide whose words took `words` (or kNeverReached, kMissedMark).
inline ReadLog paced_run(const std::vector<std::string>& files,
                         const std::vector<long long>& planned, const std::vector<long long>& words,
                         const std::string& end = "finished") {
    ReadLog log;
    log.path = "paced.jsonl";
    log.summary.start.mode = "paced";
    log.summary.start.files = files;
    log.summary.start.planned_ms = planned;
    log.summary.start.total_ms = std::accumulate(planned.begin(), planned.end(), 0LL);
    log.summary.end_reason = end;
    for (size_t k = 0; k < files.size(); ++k) {
        SlideRow row;
        row.slide = static_cast<int>(k) + 1;
        row.file = files[k];
        row.planned_ms = planned[k];
        if (words[k] == kNeverReached) {
            row.not_reached = true;
        } else if (words[k] == kMissedMark) {
            row.over_ms = 0;
        } else {
            row.over_ms = words[k] - planned[k];
            row.mark_ms = words[k];
        }
        log.summary.rows.push_back(row);
    }
    return log;
}

// A free (or, with `mode` "play", a play) run: each slide's time on screen (or kNeverReached).
inline ReadLog on_screen_run(const std::vector<std::string>& files,
                             const std::vector<long long>& planned,
                             const std::vector<long long>& on_screen,
                             const std::string& mode = "free",
                             const std::string& end = "finished") {
    ReadLog log = paced_run(files, planned, planned, end);
    log.path = mode + ".jsonl";
    log.summary.start.mode = mode;
    for (size_t k = 0; k < files.size(); ++k) {
        SlideRow& row = log.summary.rows[k];
        row.over_ms.reset();
        row.mark_ms.reset();
        if (on_screen[k] == kNeverReached)
            row.not_reached = true;
        else
            row.actual_ms = on_screen[k];
    }
    return log;
}

}  // namespace lightning::testing
