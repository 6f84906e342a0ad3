#include "core/log/logged_plan.hpp"

#include <algorithm>

#include "core/time/time_text.hpp"

namespace lightning {

namespace {

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

}  // namespace

LogUse resume_use() {
    return {"the crashed run", "resume",
            "it cannot be resumed; play the talk again without --resume"};
}

LogUse export_use() {
    return {"the rehearsal", "export",
            "its recording cannot be laid on its slides; give the recording with --audio and "
            "the timing flags it was rehearsed with"};
}

Schedule logged_schedule(const ReadLog& log, const LogUse& use) {
    const RunStart& start = log.summary.start;
    const size_t n = start.files.size();
    const std::string unreadable = log.path.string() + " has no readable plan in its start event";
    if (n == 0 || start.planned_ms.size() != n || start.planned_start_ms.size() != n)
        throw ResumeError(unreadable +
                          " (the slide list and planned times do not match): " + use.remedy);
    Schedule schedule;
    schedule.format = parse_format(start.format).value_or(TalkFormat::FiveMinutes);
    long long at = 0;
    for (size_t k = 0; k < n; ++k) {
        if (start.planned_ms[k] <= 0 || start.planned_start_ms[k] != at)
            throw ResumeError(unreadable + " (slide " + std::to_string(k + 1) +
                              "'s planned time): " + use.remedy);
        schedule.slides.push_back({Millis{start.planned_start_ms[k]}, Millis{start.planned_ms[k]}});
        at += start.planned_ms[k];
    }
    schedule.total = Millis{at};
    if (start.total_ms != at)
        throw ResumeError(unreadable + " (its total " + format_offset(Millis{start.total_ms}) +
                          " is not the slides' sum): " + use.remedy);
    return schedule;
}

void check_logged_flags(const ReadLog& log, const Schedule& logged, const TimingOverrides& flags,
                        const LogUse& use) {
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
        throw ResumeError("the timing flags give " + describe(wanted) + ", but " + use.run + " " +
                          log.path.string() + " was planned as " + describe(logged) + ": " +
                          use.verb +
                          " without --format/--total/--slide-seconds (the log's plan is used)");
}

Schedule recorded_schedule(const ReadLog& log, const Deck& deck, const TimingOverrides& flags) {
    std::vector<std::string> files;
    for (const auto& slide : deck.slides) files.push_back(slide.file);
    if (log.summary.start.files != files)
        throw ResumeError(log.path.string() +
                          " is a log of another deck (or the deck changed since): export the "
                          "deck it rehearsed");
    if (log.summary.start.mode_is(RunMode::Free))
        throw ResumeError(log.path.string() +
                          " is a --free rehearsal: its slides changed by hand, not on a "
                          "schedule, so a paced video would take the voice off its slides; "
                          "rehearse paced (without --free) to record a video's voice");
    const Schedule schedule = logged_schedule(log, export_use());
    check_logged_flags(log, schedule, flags, export_use());
    return schedule;
}

}  // namespace lightning
