#include "core/log/choose_resume.hpp"

#include <algorithm>

namespace lightning {

namespace {

bool is_rehearsal(const ReadLog& log) {
    return !log.summary.start.mode_is(RunMode::Play);
}

// A second's grace: the talk's log starts after the event logs its start, on the same clock.
bool began_before(const ReadLog& log, const std::optional<WallTime>& limit) {
    if (!limit) return false;
    const auto start = parse_iso_utc(log.summary.wall_start);
    return start && *start + std::chrono::seconds{1} < *limit;
}

std::string plural(int count, const std::string& one) {
    return std::to_string(count) + " " + one + (count == 1 ? "" : "s");
}

// The newest interrupted play run among `request.logs`; ResumeError when there is none.
ReadLog newest_interrupted_play(const ResumeRequest& request, const LogReader& read) {
    std::vector<std::filesystem::path> logs = request.logs;
    std::sort(logs.rbegin(), logs.rend());  // names start with the UTC start: newest first
    int rehearsals = 0;
    for (const auto& path : logs) {
        try {
            ReadLog log = read(path);
            if (!interrupted(log.summary)) continue;
            // A rehearsal stopped by Ctrl+C must not hide the crashed talk before it.
            if (is_rehearsal(log)) {
                ++rehearsals;
                continue;
            }
            if (began_before(log, request.not_before)) break;  // the rest are older still
            return log;
        } catch (const LogError&) {
        }
    }
    std::string message = "no unfinished log for " + request.deck + " in " +
                          request.folder.string() + ": nothing to resume";
    if (rehearsals > 0)
        message += " (" + plural(rehearsals, "interrupted rehearsal") +
                   " passed over: only play runs are resumed)";
    if (!request.when_none.empty()) message += "; " + request.when_none;
    throw ResumeError(message);
}

}  // namespace

ResumePlan choose_resume(const ResumeRequest& request, WallTime now, const LogReader& read) {
    ReadLog log = request.given ? read(*request.given) : newest_interrupted_play(request, read);
    if (is_rehearsal(log))
        throw ResumeError(
            log.path.string() + " is a rehearsal (" +
            (log.summary.start.mode.empty() ? std::string("no mode") : log.summary.start.mode) +
            "): only play runs are resumed");
    if (log.summary.start.files != request.files)
        throw ResumeError(log.path.string() +
                          " is a log of another deck (or the deck changed since): resume with the "
                          "same deck");
    return plan_resume(std::move(log), request.flags, now);
}

}  // namespace lightning
