#include "core/log/run_log.hpp"

#include <cmath>
#include <ctime>

namespace lightning {

namespace {
// "2026-11-25T17:40:00.000Z", or without the dashes and colons (the form a file name takes).
std::string utc_text(WallTime time, bool compact) {
    const auto since = time.time_since_epoch();
    const auto seconds = std::chrono::floor<std::chrono::seconds>(since);
    const auto millis = static_cast<int>(
        std::chrono::duration_cast<std::chrono::milliseconds>(since - seconds).count());
    const std::time_t whole = static_cast<std::time_t>(seconds.count());
    std::tm t{};
    gmtime_r(&whole, &t);
    const char* date = compact ? "" : "-";
    const char* clock = compact ? "" : ":";
    char out[96];
    std::snprintf(out, sizeof out, "%04d%s%02d%s%02dT%02d%s%02d%s%02d.%03dZ", t.tm_year + 1900,
                  date, t.tm_mon + 1, date, t.tm_mday, t.tm_hour, clock, t.tm_min, clock, t.tm_sec,
                  millis);
    return out;
}

// A JSON number as whole milliseconds (fractions cut toward zero); nothing when it is missing,
// not a number, or beyond any time a talk can have (the fuzzer sent 8e40; sums of
// such values must not overflow either).
std::optional<long long> as_ms(const Json& value) {
    if (!value.is_number()) return std::nullopt;
    if (value.is_number_integer() && !value.is_number_unsigned()) {
        const long long v = value.get<long long>();
        return v > -1'000'000'000'000 && v < 1'000'000'000'000 ? std::optional<long long>(v)
                                                               : std::nullopt;
    }
    const double v = value.get<double>();
    if (!std::isfinite(v) || std::fabs(v) > 1e12) return std::nullopt;
    return static_cast<long long>(v);
}

std::optional<long long> number(const Json& event, const char* key) {
    const auto it = event.find(key);
    if (it == event.end()) return std::nullopt;
    return as_ms(*it);
}

std::vector<long long> numbers(const Json& event, const char* key) {
    std::vector<long long> out;
    const auto it = event.find(key);
    if (it == event.end() || !it->is_array()) return out;
    for (const auto& value : *it)
        if (const auto ms = as_ms(value)) out.push_back(*ms);
    return out;
}

std::string text(const Json& event, const char* key) {
    const auto it = event.find(key);
    return it != event.end() && it->is_string() ? it->get<std::string>() : std::string();
}
}  // namespace

std::string iso_utc(WallTime time) {
    return utc_text(time, false);
}

std::string compact_utc(WallTime time) {
    return utc_text(time, true);
}

std::optional<WallTime> parse_iso_utc(std::string_view text) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millis = 0;
    char zone = 0;
    const std::string copy(text);
    if (std::sscanf(copy.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3d%c", &year, &month, &day, &hour,
                    &minute, &second, &millis, &zone) != 8 ||
        zone != 'Z')
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    std::tm parts{};
    parts.tm_year = year - 1900;
    parts.tm_mon = month - 1;
    parts.tm_mday = day;
    parts.tm_hour = hour;
    parts.tm_min = minute;
    parts.tm_sec = second;
    const std::time_t whole = timegm(&parts);
    return WallTime{std::chrono::seconds{whole}} + std::chrono::milliseconds{millis};
}

bool interrupting_end(std::string_view reason) {
    return reason == "signal" || reason == "closed";
}

bool interrupted(const RunSummary& run) {
    return !run.end_reason || interrupting_end(*run.end_reason);
}

RunSummary summarize(const std::vector<Json>& events) {
    RunSummary run;
    if (events.empty() || text(events.front(), "event") != "start") return run;
    const Json& start = events.front();
    run.start.deck = text(start, "deck");
    run.start.title = text(start, "title");
    run.start.mode = text(start, "mode");
    run.start.version = text(start, "version");
    run.start.format = text(start, "format");
    run.start.total_ms = number(start, "total_ms").value_or(0);
    run.start.planned_start_ms = numbers(start, "planned_start_ms");
    run.start.planned_ms = numbers(start, "planned_ms");
    if (const auto it = start.find("files"); it != start.end() && it->is_array())
        for (const auto& file : *it)
            run.start.files.push_back(file.is_string() ? file.get<std::string>() : "");
    run.wall_start = text(start, "wall");

    const size_t count = std::min(
        {run.start.files.size(), run.start.planned_ms.size(), run.start.planned_start_ms.size()});
    run.rows.resize(count);
    for (size_t k = 0; k < count; ++k) {
        run.rows[k].slide = static_cast<int>(k) + 1;
        run.rows[k].file = run.start.files[k];
        run.rows[k].planned_start_ms = run.start.planned_start_ms[k];
        run.rows[k].planned_ms = run.start.planned_ms[k];
    }
    // Time on screen: each slide event closes the interval of the slide shown before it; the
    // end event closes the last one. (Free mode may visit a slide more than once: it adds up.)
    long long on_screen = -1;  // row index of the slide on screen, -1 for none
    long long on_screen_since = 0;
    auto close_interval = [&](long long at) {
        if (on_screen >= 0) {
            auto& actual = run.rows[static_cast<size_t>(on_screen)].actual_ms;
            actual = actual.value_or(0) + (at - on_screen_since);
        }
        on_screen = -1;
    };
    const bool free_mode = run.start.mode_is(RunMode::Free);
    long long open_pause_real = -1;  // a pause not yet resumed: its real time; -1 for none
    for (size_t i = 1; i < events.size(); ++i) {
        const Json& event = events[i];
        const std::string kind = text(event, "event");
        const long long talk_ms = number(event, "talk_ms").value_or(run.end_talk_ms);
        const long long last_talk_ms = run.end_talk_ms;
        run.end_talk_ms = std::max(run.end_talk_ms, talk_ms);
        const auto slide = number(event, "slide");
        const bool valid_slide = slide && *slide >= 1 && static_cast<size_t>(*slide) <= count;
        if (kind == "slide" && valid_slide) {
            const long long presented = number(event, "presented_ms").value_or(talk_ms);
            close_interval(presented);
            auto& row = run.rows[static_cast<size_t>(*slide - 1)];
            if (!row.actual_start_ms) {
                row.actual_start_ms = presented;
                row.late_ms = number(event, "late_ms");
            }
            on_screen = *slide - 1;
            on_screen_since = presented;
        } else if (kind == "mark" && valid_slide) {
            auto& row = run.rows[static_cast<size_t>(*slide - 1)];
            row.mark_ms = number(event, "talk_ms");
            row.over_ms = number(event, "over_ms");
        } else if (kind == "not_reached" && valid_slide) {
            run.rows[static_cast<size_t>(*slide - 1)].not_reached = true;
        } else if (kind == "missed" && valid_slide) {
            run.rows[static_cast<size_t>(*slide - 1)].over_ms = number(event, "over_ms");
        } else if (kind == "resumed") {
            // After a crash: nothing was on screen from the last event before it until now.
            close_interval(last_talk_ms);
            ++run.resumptions;
            run.end_reason.reset();  // a run stopped by a signal goes on: its end was not the end
            // A crash during a pause: the pause lasted until the run went on.
            if (open_pause_real >= 0)
                run.paused_ms += std::max(
                    0LL, number(event, "t_ms").value_or(open_pause_real) - open_pause_real);
            open_pause_real = -1;
        } else if (kind == "pause") {
            open_pause_real = number(event, "t_ms").value_or(-1);
        } else if (kind == "resume") {
            run.paused_ms += number(event, "paused_ms").value_or(0);
            open_pause_real = -1;
        } else if (kind == "end") {
            // On the hard clock the last slide leaves at the talk's end (the end card follows,
            // and a paced run may wait there for the last mark).
            close_interval(free_mode ? talk_ms : std::min(talk_ms, run.start.total_ms));
            run.end_reason = text(event, "reason");
        }
    }
    if (!run.end_reason) {
        close_interval(free_mode ? run.end_talk_ms : std::min(run.end_talk_ms, run.start.total_ms));
        run.truncated = true;
    }
    if (free_mode)
        for (auto& row : run.rows)
            if (row.actual_ms) row.over_ms = *row.actual_ms - row.planned_ms;
    return run;
}

std::string csv_header() {
    return "slide,file,planned_start_ms,actual_start_ms,late_ms,planned_ms,actual_ms,mark_ms,over_"
           "ms\n";
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

std::string csv_line(const SlideRow& row) {
    auto cell = [](const std::optional<long long>& value) {
        return value ? std::to_string(*value) : std::string();
    };
    const std::string file = csv_field(row.file);
    return std::to_string(row.slide) + "," + file + "," + std::to_string(row.planned_start_ms) +
           "," + cell(row.actual_start_ms) + "," + cell(row.late_ms) + "," +
           std::to_string(row.planned_ms) + "," + cell(row.actual_ms) + "," + cell(row.mark_ms) +
           "," + cell(row.over_ms) + "\n";
}

}  // namespace lightning
