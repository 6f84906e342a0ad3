#include "core/log/resume_plan.hpp"

#include <algorithm>
#include <optional>

#include "core/time/time_text.hpp"

namespace lightning {

namespace {

std::optional<long long> field_ms(const Json& event, const char* key) {
    const auto it = event.find(key);
    if (it == event.end() || !it->is_number()) return std::nullopt;
    return static_cast<long long>(it->get<double>());
}

}  // namespace

Micros ResumePlan::talk_at(WallTime now) const {
    if (paused) return paused_talk;
    return std::chrono::duration_cast<Micros>(now - wall_start) - paused_before;
}

Micros ResumePlan::not_talk_at(WallTime now) const {
    return std::chrono::duration_cast<Micros>(now - wall_start) - talk_at(now);
}

int ResumePlan::slide_at(WallTime now) const {
    return std::clamp(schedule.slide_at(talk_at(now)), 0, schedule.count() - 1);
}

ResumePlan plan_resume(ReadLog log, const TimingOverrides& flags, WallTime now) {
    if (!interrupted(log.summary))
        throw ResumeError(log.path.string() + " ended (" + *log.summary.end_reason +
                          "): it was stopped on purpose, so there is nothing to resume; play the "
                          "talk again without --resume");
    ResumePlan plan;
    plan.schedule = logged_schedule(log, resume_use());
    check_logged_flags(log, plan.schedule, flags, resume_use());
    const auto wall = parse_iso_utc(log.summary.wall_start);
    if (!wall)
        throw ResumeError(log.path.string() + ": its start event has no readable wall time (\"" +
                          log.summary.wall_start +
                          "\"), so where the talk stands now is unknown; play the "
                          "talk again without --resume");
    plan.wall_start = *wall;

    // Pauses: each "resume" says how long its pause lasted; a pause that a crash cut off lasted
    // until the next "resumed" (talk time stood still, real time went on).
    std::optional<std::pair<long long, long long>> open;  // the open pause's real and talk ms
    long long paused_ms = 0;
    for (const auto& event : log.events) {
        const std::string kind = event.value("event", "");
        if (kind == "pause") {
            const auto real = field_ms(event, "t_ms");
            const auto talk = field_ms(event, "talk_ms");
            if (real && talk) open = {*real, *talk};
        } else if (kind == "resume") {
            paused_ms += field_ms(event, "paused_ms").value_or(0);
            open.reset();
        } else if (kind == "resumed" && open) {
            paused_ms += std::max(0LL, field_ms(event, "t_ms").value_or(open->first) - open->first);
            open.reset();
        }
    }
    plan.paused_before = Micros{paused_ms * 1000};
    if (open) {
        plan.paused = true;
        plan.paused_talk = Micros{open->second * 1000};
        plan.open_pause_real = Micros{open->first * 1000};
    }

    const Micros real_now = std::chrono::duration_cast<Micros>(now - plan.wall_start);
    if (real_now < Micros{0})
        throw ResumeError(
            log.path.string() + " started at " + log.summary.wall_start + ", " +
            format_offset(std::chrono::duration_cast<Millis>(-real_now)) +
            " from now: the clock was set back since, so the time left is unknown; set the "
            "clock right, or play the talk again without --resume");
    if (plan.paused && real_now < plan.open_pause_real)
        throw ResumeError(log.path.string() +
                          " was paused later than now: the clock was set back since; "
                          "set the clock right, or play the talk again without --resume");
    const Micros talk = plan.talk_at(now);
    if (talk < Micros{0})
        throw ResumeError(log.path.string() +
                          " logs more pause than time has passed since its start: it "
                          "cannot be resumed; play the talk again without --resume");
    if (!plan.paused && talk >= Micros{plan.schedule.total})
        throw ResumeError(
            log.path.string() + " started at " + log.summary.wall_start + " and its " +
            format_offset(plan.schedule.total) + " ran out " +
            format_offset(std::chrono::duration_cast<Millis>(talk - Micros{plan.schedule.total})) +
            " ago: there is nothing left to resume; play the talk again without --resume");
    plan.log = std::move(log);
    return plan;
}

}  // namespace lightning
