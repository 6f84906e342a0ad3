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
    if (run >= row.actual_ms.size() || !row.actual_ms[run]) return std::nullopt;
    return *row.actual_ms[run] - row.planned_ms;
}

Report build_report(const std::vector<ReadLog>& logs) {
    Report report;
    std::vector<const ReadLog*> used;
    for (const auto& log : logs) {
        if (!used.empty() && log.summary.start.files != used.front()->summary.start.files) {
            report.warnings.push_back(log.path.string() + " is a run of another deck (or another version "
                                                          "of it): left out");
            continue;
        }
        if (!used.empty() && log.summary.start.planned_ms != used.front()->summary.start.planned_ms)
            report.warnings.push_back(log.path.string() + " was planned differently (" +
                                      format_ms(log.summary.start.total_ms) +
                                      " in all): its over/under is against its own plan");
        if (log.truncated)
            report.warnings.push_back(log.path.string() + " was cut off (the program crashed or was "
                                                          "killed): read up to its last complete line");
        if (log.damaged_lines > 0)
            report.warnings.push_back(log.path.string() + ": " + std::to_string(log.damaged_lines) +
                                      " damaged line(s) skipped");
        used.push_back(&log);
    }
    if (used.empty()) return report;
    report.title = used.front()->summary.start.title;
    for (const ReadLog* log : used)
        report.runs.push_back({run_label(*log), run_status(*log), run_length_ms(log->summary),
                               log->summary.start.total_ms});
    for (size_t k = 0; k < used.front()->summary.rows.size(); ++k) {
        ReportRow row;
        const SlideRow& first = used.front()->summary.rows[k];
        row.slide = first.slide;
        row.file = first.file;
        row.planned_ms = first.planned_ms;
        long long sum = 0;
        int counted = 0;
        std::vector<std::optional<long long>> overs;
        for (const ReadLog* log : used) {
            const SlideRow& r = log->summary.rows[k];
            std::optional<long long> actual;
            if (log->summary.start.mode == "paced")
                actual = r.over_ms ? std::optional<long long>(r.planned_ms + *r.over_ms) : std::nullopt;
            else
                actual = r.actual_ms;
            row.actual_ms.push_back(actual);
            overs.push_back(actual ? std::optional<long long>(*actual - r.planned_ms) : std::nullopt);
            if (actual) sum += *actual - r.planned_ms, ++counted;
        }
        if (counted > 0) row.mean_over_ms = sum / counted;
        row.trend = trend_of(overs);
        report.rows.push_back(std::move(row));
    }
    return report;
}

std::string report_text(const Report& report) {
    std::string out;
    char line[512];
    out += "\"" + report.title + "\": " + std::to_string(report.runs.size()) + " run(s)\n";
    for (size_t i = 0; i < report.runs.size(); ++i) {
        const auto& run = report.runs[i];
        std::snprintf(line, sizeof line, "  run %zu: %s, %s, %s of %s (%s)\n", i + 1, run.label.c_str(),
                      run.status.c_str(), format_ms(run.length_ms).c_str(), format_ms(run.total_ms).c_str(),
                      format_over_ms(run.length_ms - run.total_ms).c_str());
        out += line;
    }
    out += "\n";
    std::snprintf(line, sizeof line, "%-5s %-24s %9s", "slide", "file", "planned");
    out += line;
    for (size_t i = 0; i < report.runs.size(); ++i) {
        std::snprintf(line, sizeof line, " %9s", ("run " + std::to_string(i + 1)).c_str());
        out += line;
    }
    out += "   mean over  trend\n";
    for (const auto& row : report.rows) {
        std::string file = row.file.size() > 24 ? row.file.substr(0, 23) + "~" : row.file;
        std::snprintf(line, sizeof line, "%-5d %-24s %9s", row.slide, file.c_str(), format_ms(row.planned_ms).c_str());
        out += line;
        for (const auto& actual : row.actual_ms) {
            std::snprintf(line, sizeof line, " %9s", actual ? format_ms(*actual).c_str() : "-");
            out += line;
        }
        std::snprintf(line, sizeof line, "   %9s  %s\n",
                      row.mean_over_ms ? format_over_ms(*row.mean_over_ms).c_str() : "-", row.trend.c_str());
        out += line;
    }
    std::snprintf(line, sizeof line, "%-5s %-24s %9s", "total", "", report.runs.empty() ? "" : format_ms(report.runs.front().total_ms).c_str());
    out += line;
    for (const auto& run : report.runs) {
        std::snprintf(line, sizeof line, " %9s", format_ms(run.length_ms).c_str());
        out += line;
    }
    out += "\n";
    for (const auto& warning : report.warnings) out += "warning: " + warning + "\n";
    return out;
}

std::string report_csv(const Report& report) {
    std::string out = "slide,file,planned_ms";
    for (size_t i = 0; i < report.runs.size(); ++i) out += ",run" + std::to_string(i + 1) + "_actual_ms";
    out += ",mean_over_ms,trend\n";
    for (const auto& row : report.rows) {
        out += std::to_string(row.slide) + "," + csv_field(row.file) + "," + std::to_string(row.planned_ms);
        for (const auto& actual : row.actual_ms) out += "," + (actual ? std::to_string(*actual) : std::string());
        out += "," + (row.mean_over_ms ? std::to_string(*row.mean_over_ms) : std::string()) + "," + row.trend + "\n";
    }
    return out;
}

}  // namespace lightning
