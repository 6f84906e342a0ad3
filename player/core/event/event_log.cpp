#include "core/event/event_log.hpp"

#include <algorithm>
#include <fstream>

#include "core/deck/deck.hpp"
#include "core/log/log_paths.hpp"
#include "core/log/run_log.hpp"

namespace lightning {

EventLog::EventLog(std::filesystem::path path, const WallClock& wall)
    : file_(std::move(path), {std::filesystem::temp_directory_path() / "lightning-logs"}),
      wall_(wall) {}

void EventLog::write(const EventLine& line) {
    Json event = event_line_json(line);
    event["wall"] = iso_utc(wall_.now());
    // Names that are not UTF-8 (an old zip's Latin-1 file names) must not stop the event.
    if (!file_.append(event.dump(-1, ' ', false, Json::error_handler_t::replace)) && !reported_) {
        reported_ = true;
        messages_.push_back("the session log cannot be written (" + file_.problem() +
                            "); it is kept in memory");
    }
}

std::filesystem::path EventLog::finish() {
    return file_.finish();
}

std::vector<std::string> EventLog::take_messages() {
    std::vector<std::string> out;
    out.swap(messages_);
    return out;
}

std::filesystem::path event_logs_dir(const std::string& log_dir) {
    if (!log_dir.empty()) return logs_root(log_dir) / "sessions";
    return logs_root().parent_path() / "sessions";
}

std::filesystem::path new_event_log_path(WallTime wall, const std::string& log_dir) {
    return event_logs_dir(log_dir) / (compact_utc(wall) + "-event.jsonl");
}

CrashedEvent find_crashed_event(const std::string& name, const std::filesystem::path& folder) {
    const std::vector<std::filesystem::path> logs = list_logs(folder);
    for (auto it = logs.rbegin(); it != logs.rend(); ++it) {  // newest first
        const std::filesystem::path& path = *it;
        std::ifstream in(path);
        std::string line, logged_name;
        long long running = -1;  // the talk started and not ended, -1 for none
        long long done = 0;      // talks (1-based) up to this one have ended or been skipped
        std::optional<WallTime> running_since;
        bool ended = false;
        const auto talk_done = [&](size_t talk) {
            running = -1;
            done = std::max(done, static_cast<long long>(talk) + 1);
        };
        while (std::getline(in, line)) {
            const auto read = parse_event_line(line);
            if (!read) continue;
            // A talk or session ended by a signal (an organizer's stray Ctrl+C) or a vanished
            // window was interrupted, not ended: it is resumed like a crash.
            if (const auto* start = std::get_if<event_line::SessionStart>(&read->line)) {
                logged_name = start->name;
            } else if (const auto* talk = std::get_if<event_line::TalkStart>(&read->line)) {
                running = static_cast<long long>(talk->talk);
                running_since = read->wall;
            } else if (const auto* end = std::get_if<event_line::TalkEnd>(&read->line)) {
                if (!interrupting_end(end->reason)) talk_done(end->talk);
            } else if (const auto* skipped = std::get_if<event_line::TalkSkipped>(&read->line)) {
                talk_done(skipped->talk);
            } else if (const auto* session = std::get_if<event_line::SessionEnd>(&read->line)) {
                ended = !interrupting_end(session->reason);
            } else if (std::holds_alternative<event_line::SessionResumed>(read->line)) {
                ended = false;
            }
        }
        if (ended || logged_name != name) continue;
        // Stopped between talks: it goes on at the card after the last talk that was done.
        if (running < 0) return {path, static_cast<size_t>(done), true, std::nullopt};
        return {path, static_cast<size_t>(running), false, running_since};
    }
    throw DeckError("no interrupted session of \"" + name + "\" in " + folder.string() +
                    ": nothing to resume");
}

}  // namespace lightning
