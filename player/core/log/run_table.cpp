#include "core/log/run_table.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "core/show/marks.hpp"
#include "core/time/time_text.hpp"

namespace lightning {

std::string format_over_ms(long long ms) {
    return format_signed_seconds(Millis{ms});
}

std::string format_ms(long long ms) {
    return format_offset(Millis{ms});
}

std::vector<size_t> worst_slides(const RunSummary& run, size_t count) {
    std::vector<size_t> over;
    for (size_t k = 0; k < run.rows.size(); ++k)
        if (run.rows[k].over_ms && *run.rows[k].over_ms >= 50)
            over.push_back(k);  // shows as +0.1 s or more
    std::stable_sort(over.begin(), over.end(), [&](size_t a, size_t b) {
        return *run.rows[a].over_ms > *run.rows[b].over_ms;
    });
    if (over.size() > count) over.resize(count);
    return over;
}

long long run_length_ms(const RunSummary& run) {
    if (run.start.mode_is(RunMode::Paced) && !run.rows.empty() && run.rows.back().mark_ms)
        return *run.rows.back().mark_ms;
    return run.end_talk_ms;
}

RunTable run_table(const RunSummary& run) {
    RunTable table;
    // Two quantities, named apart: how long a slide was on screen, and (paced) how long its
    // words took, to the mark.
    const bool paced = run.start.mode_is(RunMode::Paced);
    if (paced)
        table.rows.push_back({"slide", "planned", "on screen", "words", "over/under"});
    else
        table.rows.push_back({"slide", "planned", "on screen", "over/under"});
    for (const auto& row : run.rows) {
        std::string over;
        if (row.over_ms) over = format_over_ms(*row.over_ms);
        if (row.over_ms && !row.mark_ms && paced) over = "no mark, " + over;
        if (row.not_reached) over = "not reached";
        std::vector<std::string> cells{
            std::to_string(row.slide) + "  " + row.file, format_ms(row.planned_ms),
            row.actual_ms ? format_ms(*row.actual_ms) : std::string("-")};
        if (paced)
            cells.push_back(row.over_ms && !row.not_reached
                                ? format_ms(row.planned_ms + *row.over_ms)
                                : std::string("-"));
        cells.push_back(over);
        table.rows.push_back(std::move(cells));
    }
    const long long length = run_length_ms(run);
    table.notes.push_back(
        "total: planned " + format_ms(run.start.total_ms) + ", took " + format_ms(length) + " (" +
        format_over_ms(length - run.start.total_ms) + ")" +
        (run.paused_ms > 0 ? ", paused " + format_ms(run.paused_ms) : std::string()));
    std::string worst;
    for (size_t k : worst_slides(run, 3))
        worst += (worst.empty() ? "" : ", ") + std::string("slide ") +
                 std::to_string(run.rows[k].slide) + " " + format_over_ms(*run.rows[k].over_ms);
    table.notes.push_back(worst.empty() ? "no slide ran over" : "worst: " + worst);
    return table;
}

}  // namespace lightning
