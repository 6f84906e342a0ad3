#include "core/log/report.hpp"

#include <cmath>
#include <cstdio>

#include "core/log/run_table.hpp"

namespace lightning {

namespace {

std::string run_label(const ReadLog& log) {
    std::string wall = log.summary.wall_start;  // 2026-11-25T17:45:51.561Z
    if (wall.size() >= 16) wall = wall.substr(0, 10) + " " + wall.substr(11, 5);
    return wall + " " + log.summary.start.mode;
}

std::string run_status(const ReadLog& log) {
    if (log.truncated) return "crashed (log cut off)";
    return log.summary.end_reason.value_or("?");
}

// Least-squares slope of over/under against the run number: does the slide get better?
std::string trend_of(const std::vector<std::optional<long long>>& overs) {
    std::vector<std::pair<double, double>> points;
    for (size_t i = 0; i < overs.size(); ++i)
        if (overs[i]) points.emplace_back(static_cast<double>(i), static_cast<double>(*overs[i]));
    if (points.size() < 2) return "";
    double mx = 0, my = 0;
    for (auto [x, y] : points) mx += x, my += y;
    mx /= static_cast<double>(points.size());
    my /= static_cast<double>(points.size());
    double sxy = 0, sxx = 0;
    for (auto [x, y] : points) sxy += (x - mx) * (y - my), sxx += (x - mx) * (x - mx);
    const double slope = sxx > 0 ? sxy / sxx : 0;  // ms per run
    // Closer to the plan is better, whichever side of it: compare distances from zero.
    const double first = std::fabs(points.front().second), last = std::fabs(points.back().second);
    if (std::fabs(slope) < 250 || std::fabs(last - first) < 250) return "steady";
    return last < first ? "better" : "worse";
}

}  // namespace

std::optional<long long> over_of(const ReportRow& row, size_t run) {
    return run < row.over_ms.size() ? row.over_ms[run] : std::nullopt;
}

Report build_report(const std::vector<ReadLog>& logs, bool include_unfinished) {
    Report report;
    std::vector<const ReadLog*> used;
    for (const auto& log : logs) {
        if (!used.empty() && log.summary.start.files != used.front()->summary.start.files) {
            report.warnings.push_back(log.path.string() +
                                      " is a run of another deck (or another version "
                                      "of it): left out");
            continue;
        }
        if (!used.empty() && log.summary.start.planned_ms != used.front()->summary.start.planned_ms)
            report.warnings.push_back(log.path.string() + " was planned differently (" +
                                      format_ms(log.summary.start.total_ms) +
                                      " in all): its over/under is against its own plan");
        if (log.truncated)
            report.warnings.push_back(log.path.string() +
                                      " was cut off (the program crashed or was "
                                      "killed): read up to its last complete line");
        if (log.damaged_lines > 0)
            report.warnings.push_back(log.path.string() + ": " + std::to_string(log.damaged_lines) +
                                      " damaged line(s) skipped");
        used.push_back(&log);
    }
    if (used.empty()) return report;
    report.title = used.front()->summary.start.title;
    for (const ReadLog* log : used) {
        ReportRun run;
        run.label = run_label(*log);
        run.status = run_status(*log);
        run.length_ms = run_length_ms(log->summary);
        run.total_ms = log->summary.start.total_ms;
        run.quantity = log->summary.start.mode_is(RunMode::Paced) ? "words" : "on screen";
        run.finished = !log->truncated && log->summary.end_reason == "finished";
        run.counted = run.finished || include_unfinished;
        report.runs.push_back(std::move(run));
    }
    for (size_t k = 0; k < used.front()->summary.rows.size(); ++k) {
        ReportRow row;
        const SlideRow& first = used.front()->summary.rows[k];
        row.slide = first.slide;
        row.file = first.file;
        row.planned_ms = first.planned_ms;
        long long sum = 0;
        int counted = 0;
        std::vector<std::optional<long long>> counted_overs;
        for (size_t i = 0; i < used.size(); ++i) {
            const ReadLog* log = used[i];
            const SlideRow& r = log->summary.rows[k];
            std::optional<long long> actual;
            std::string note;
            if (r.not_reached) {
                note = kNotReached;  // never timed, whatever was on screen
            } else if (log->summary.start.mode_is(RunMode::Paced)) {
                actual =
                    r.over_ms ? std::optional<long long>(r.planned_ms + *r.over_ms) : std::nullopt;
                if (r.over_ms && !r.mark_ms) note = kNoMark;
            } else {
                actual = r.actual_ms;
            }
            // Every run against its own plan.
            const auto over =
                actual ? std::optional<long long>(*actual - r.planned_ms) : std::nullopt;
            row.actual_ms.push_back(actual);
            row.over_ms.push_back(over);
            row.note.push_back(note);
            if (!report.runs[i].counted) continue;
            counted_overs.push_back(over);
            if (over) sum += *over, ++counted;
        }
        if (counted > 0) row.mean_over_ms = sum / counted;
        row.trend = trend_of(counted_overs);
        report.rows.push_back(std::move(row));
    }
    return report;
}

std::string report_text(const Report& report) {
    std::string out;
    char line[512];
    size_t left_out = 0;
    for (const auto& run : report.runs) left_out += !run.counted;
    out += "\"" + report.title + "\": " + std::to_string(report.runs.size()) + " run(s)";
    if (left_out > 0)
        out += ", " + std::to_string(left_out) +
               " unfinished left out of the mean and trend (--all counts them)";
    out += "\n";
    for (size_t i = 0; i < report.runs.size(); ++i) {
        const auto& run = report.runs[i];
        std::snprintf(
            line, sizeof line, "  run %zu: %s, %s%s, %s of %s (%s), %s\n", i + 1, run.label.c_str(),
            run.status.c_str(),
            run.finished  ? ""
            : run.counted ? " (unfinished, counted)"
                          : " (unfinished)",
            format_ms(run.length_ms).c_str(), format_ms(run.total_ms).c_str(),
            run.finished ? format_over_ms(run.length_ms - run.total_ms).c_str() : "ended early",
            run.quantity.c_str());
        out += line;
    }
    out += "\n";
    std::snprintf(line, sizeof line, "%-5s %-24s %9s", "slide", "file", "planned");
    out += line;
    for (size_t i = 0; i < report.runs.size(); ++i) {
        const std::string name = "run " + std::to_string(i + 1);
        std::snprintf(line, sizeof line, " %9s",
                      (report.runs[i].counted ? name : "(" + name + ")").c_str());
        out += line;
    }
    out += "   mean over  trend\n";
    bool any_missed = false, any_unreached = false;
    for (const auto& row : report.rows) {
        std::string file = row.file.size() > 24 ? row.file.substr(0, 23) + "~" : row.file;
        std::snprintf(line, sizeof line, "%-5d %-24s %9s", row.slide, file.c_str(),
                      format_ms(row.planned_ms).c_str());
        out += line;
        for (size_t i = 0; i < row.actual_ms.size(); ++i) {
            std::string cell = row.actual_ms[i] ? format_ms(*row.actual_ms[i]) : "-";
            if (row.note[i] == kNoMark) cell += "*", any_missed = true;
            if (row.note[i] == kNotReached) cell = "n/r", any_unreached = true;
            std::snprintf(line, sizeof line, " %9s", cell.c_str());
            out += line;
        }
        std::snprintf(line, sizeof line, "   %9s  %s\n",
                      row.mean_over_ms ? format_over_ms(*row.mean_over_ms).c_str() : "-",
                      row.trend.c_str());
        out += line;
    }
    std::snprintf(line, sizeof line, "%-5s %-24s %9s", "total", "",
                  report.runs.empty() ? "" : format_ms(report.runs.front().total_ms).c_str());
    out += line;
    for (const auto& run : report.runs) {
        std::snprintf(line, sizeof line, " %9s", format_ms(run.length_ms).c_str());
        out += line;
    }
    out += "\n";
    out +=
        "(words: how long a paced run's words took, to the mark; on screen: how long the slide was "
        "up)\n";
    if (any_missed) out += "* no mark: the words ran at least this long (missed)\n";
    if (any_unreached) out += "n/r: not reached, the run ended first (never timed)\n";
    for (const auto& warning : report.warnings) out += "warning: " + warning + "\n";
    return out;
}

std::string report_csv(const Report& report) {
    std::string out = "slide,file,planned_ms";
    for (size_t i = 0; i < report.runs.size(); ++i) {
        const std::string run = "run" + std::to_string(i + 1);
        out += "," + run + (report.runs[i].quantity == "words" ? "_words_ms" : "_on_screen_ms") +
               "," + run + "_over_ms," + run + "_note";
    }
    out += ",mean_over_ms,trend\n";
    for (const auto& row : report.rows) {
        out += std::to_string(row.slide) + "," + csv_field(row.file) + "," +
               std::to_string(row.planned_ms);
        for (size_t i = 0; i < row.actual_ms.size(); ++i) {
            out += "," + (row.actual_ms[i] ? std::to_string(*row.actual_ms[i]) : std::string());
            out += "," + (row.over_ms[i] ? std::to_string(*row.over_ms[i]) : std::string());
            out += "," + row.note[i];
        }
        out += "," + (row.mean_over_ms ? std::to_string(*row.mean_over_ms) : std::string()) + "," +
               row.trend + "\n";
    }
    return out;
}

}  // namespace lightning
