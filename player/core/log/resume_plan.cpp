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

// "0:10.0 (20 slides, 0:00.5 a slide)" or "... 0:15.0 to 0:20.0 a slide".
std::string describe(const Schedule& schedule) {
    Millis shortest = Millis::max(), longest{0};
    for (const auto& slide : schedule.slides) {
        shortest = std::min(shortest, slide.duration);
        longest = std::max(longest, slide.duration);
    }
    const std::string each = shortest == longest
                                 ? format_offset(shortest)
                                 : format_offset(shortest) + " to " + format_offset(longest);
    return format_offset(schedule.total) + " in all, " + std::string(format_name(schedule.format)) +
           ", " + each + " a slide";
}

Schedule schedule_from_log(const ReadLog& log) {
    const RunStart& start = log.summary.start;
    const size_t n = start.files.size();
    const std::string unreadable = log.path.string() + " has no readable plan in its start event";
    if (n == 0 || start.planned_ms.size() != n || start.planned_start_ms.size() != n)
        throw ResumeError(unreadable +
                          " (the slide list and planned times do not match): it cannot be "
                          "resumed; play the talk again without --resume");
    Schedule schedule;
    schedule.format = parse_format(start.format).value_or(TalkFormat::FiveMinutes);
    long long at = 0;
    for (size_t k = 0; k < n; ++k) {
        if (start.planned_ms[k] <= 0 || start.planned_start_ms[k] != at)
            throw ResumeError(unreadable + " (slide " + std::to_string(k + 1) +
                              "'s planned time): it cannot "
                              "be resumed; play the talk again without --resume");
        schedule.slides.push_back({Millis{start.planned_start_ms[k]}, Millis{start.planned_ms[k]}});
        at += start.planned_ms[k];
    }
    schedule.total = Millis{at};
    if (start.total_ms != at)
        throw ResumeError(
            unreadable + " (its total " + format_offset(Millis{start.total_ms}) +
            " is not the slides' sum): it cannot be resumed; play the talk again without --resume");
    return schedule;
}

// The flags given now must mean the crashed run's plan: the log's plan is the one the audience
// has been watching.
void check_flags(const ReadLog& log, const Schedule& logged, const TimingOverrides& flags) {
    if (!flags.any()) return;
    Deck slides_only;
    slides_only.slides.resize(logged.slides.size());
    Schedule wanted;
    try {
        wanted = make_schedule(slides_only, flags);
    } catch (const DeckError& error) {
        throw ResumeError(error.what());
    }
    bool same = wanted.slides.size() == logged.slides.size();
    for (size_t k = 0; same && k < wanted.slides.size(); ++k)
        same = wanted.slides[k].duration == logged.slides[k].duration;
    if (flags.format && !log.summary.start.format.empty())
        same = same && wanted.format == logged.format;
    if (!same)
        throw ResumeError(
            "the timing flags give " + describe(wanted) + ", but the crashed run " +
            log.path.string() + " was planned as " + describe(logged) +
            ": resume without --format/--total/--slide-seconds (the log's plan is used)");
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
    ResumePlan plan;
    plan.schedule = schedule_from_log(log);
    check_flags(log, plan.schedule, flags);
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
