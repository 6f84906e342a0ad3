#include "core/log/talk_log.hpp"

#include <cmath>

#include "core/log/byte_text.hpp"

namespace lightning {

namespace {
long long whole_ms(Micros t) {
    return static_cast<long long>(std::floor(static_cast<double>(t.count()) / 1000.0));
}
// Flip times keep a tenth of a millisecond: flips are accurate to well under one.
double tenth_ms(Micros t) {
    return std::round(static_cast<double>(t.count()) / 100.0) / 10.0;
}
}  // namespace

TalkLog::TalkLog(LogFile file, WallTime wall_start,
                 std::function<void(const std::string&)> on_failure)
    : file_(std::move(file)), wall_start_(wall_start), on_failure_(std::move(on_failure)) {}

TalkLog::TalkLog(LogFile file, WallTime wall_start, std::vector<Json> earlier_events,
                 std::function<void(const std::string&)> on_failure)
    : TalkLog(std::move(file), wall_start, std::move(on_failure)) {
    events_ = std::move(earlier_events);
    if (!events_.empty() && events_.front().contains("files"))
        for (const auto& name : events_.front()["files"])
            files_.push_back(name.is_string() ? name.get<std::string>() : std::string());
}

void TalkLog::resumed(int index, Micros talk, Micros real) {
    add(Json{{"event", "resumed"}, {"slide", index + 1}}, talk, real);
}

void TalkLog::add(Json event, Micros talk, Micros real) {
    event["t_ms"] = whole_ms(real);
    event["talk_ms"] = whole_ms(talk);
    event["wall"] = iso_utc(wall_start_ + std::chrono::duration_cast<WallTime::duration>(real));
    // replace: a string that still is not UTF-8 (a note, a title) must never stop the talk.
    const bool written = file_.append(event.dump(-1, ' ', false, Json::error_handler_t::replace));
    events_.push_back(std::move(event));
    if (!written && !reported_failure_) {
        reported_failure_ = true;
        if (on_failure_)
            on_failure_("the timing log cannot be written (" + file_.problem() +
                        "); the talk goes on and the log is kept in memory");
    }
}

void TalkLog::start(const RunStart& start) {
    files_ = start.files;
    // Names are bytes (a Latin-1 file name is not UTF-8): each is logged readable, and exactly
    // in hex beside it when it is not UTF-8 (deck_bytes, files_bytes), so the log always parses.
    Json event{{"event", "start"}};
    put_name(event, "deck", start.deck);
    put_name(event, "title", start.title);
    event["mode"] = start.mode;
    Json files = Json::array(), files_bytes = Json::array();
    bool any_not_utf8 = false;
    for (const auto& file : start.files) {
        files.push_back(readable_utf8(file));
        files_bytes.push_back(hex_bytes(file));
        any_not_utf8 = any_not_utf8 || !is_valid_utf8(file);
    }
    event["files"] = std::move(files);
    if (any_not_utf8) event["files_bytes"] = std::move(files_bytes);
    event["planned_start_ms"] = start.planned_start_ms;
    event["planned_ms"] = start.planned_ms;
    event["total_ms"] = start.total_ms;
    event["format"] = start.format;
    event["version"] = start.version;
    add(std::move(event), Micros{0}, Micros{0});
}

void TalkLog::slide(int index, Micros due, Micros presented, Micros real, bool after_resume) {
    Json event{{"event", "slide"}, {"slide", index + 1}};
    put_name(event, "file", files_.at(static_cast<size_t>(index)));
    event["due_ms"] = tenth_ms(due);
    event["presented_ms"] = tenth_ms(presented);
    event["late_ms"] = tenth_ms(presented - due);
    if (after_resume) event["after_resume"] = true;
    add(std::move(event), presented, real);
}

void TalkLog::skip(int index, Micros due, Micros talk, Micros real) {
    Json event{{"event", "skip"}, {"slide", index + 1}};
    put_name(event, "file", files_.at(static_cast<size_t>(index)));
    event["due_ms"] = tenth_ms(due);
    add(std::move(event), talk, real);
}

void TalkLog::mark(int index, Millis over, Micros talk, Micros real) {
    add(Json{{"event", "mark"}, {"slide", index + 1}, {"over_ms", over.count()}}, talk, real);
}

void TalkLog::missed(int index, Millis over, Micros talk, Micros real) {
    add(Json{{"event", "missed"}, {"slide", index + 1}, {"over_ms", over.count()}}, talk, real);
}

void TalkLog::not_reached(int index, Micros talk, Micros real) {
    add(Json{{"event", "not_reached"}, {"slide", index + 1}}, talk, real);
}

void TalkLog::pause(Micros talk, Micros real) {
    add(Json{{"event", "pause"}}, talk, real);
}

void TalkLog::resume(Micros paused_for, Micros talk, Micros real) {
    add(Json{{"event", "resume"}, {"paused_ms", whole_ms(paused_for)}}, talk, real);
}

void TalkLog::end(const std::string& reason, Micros talk, Micros real) {
    if (ended_) return;
    ended_ = true;
    add(Json{{"event", "end"}, {"reason", reason}}, talk, real);
}

TalkLog::Written TalkLog::finish() {
    Written written;
    written.log = file_.finish();
    if (written.log.empty()) {
        written.problem = file_.problem();
        for (const auto& line : file_.lines()) written.lost += line;
        return written;
    }
    if (!ended_) return written;
    if (file_.stream()) {
        written.problem = "no CSV: the log went to a pipe or device, not a file";
        return written;
    }
    const RunSummary summary = summarize(events_);
    std::string csv = csv_header();
    for (const auto& row : summary.rows) csv += csv_line(row);
    std::filesystem::path csv_path = written.log;
    csv_path.replace_extension(".csv");
    if (auto problem = write_whole_file(csv_path, csv); problem.empty())
        written.csv = csv_path;
    else
        written.problem = problem;
    return written;
}

}  // namespace lightning
