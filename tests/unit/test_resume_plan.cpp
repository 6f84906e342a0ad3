// plan_resume: where a crashed talk stands at a given wall time, from its log alone; fixed wall
// times, no clock.
#include <doctest/doctest.h>

#include "core/log/resume_plan.hpp"

using namespace lightning;

namespace {

// 2026-11-25T17:40:00.000Z
const WallTime kStart = *parse_iso_utc("2026-11-25T17:40:00.000Z");
WallTime at(long long ms) {
    return kStart + std::chrono::milliseconds{ms};
}
constexpr Micros ms(long long n) {
    return Micros{n * 1000};
}

// The start of a 4-slide, 10 s run (2.5 s a slide) and then `rest` (more JSON lines).
ReadLog crashed(const std::string& rest, const std::string& wall = "2026-11-25T17:40:00.000Z",
                const std::string& format = "five-minutes") {
    const std::string text =
        R"({"event":"start","deck":"d","title":"T","mode":"play","files":["a","b","c","d"],)"
        R"("planned_start_ms":[0,2500,5000,7500],"planned_ms":[2500,2500,2500,2500],"total_ms":10000,)"
        R"("format":")" +
        format + R"(","version":"1","t_ms":0,"talk_ms":0,"wall":")" + wall + "\"}\n" + rest;
    return read_run_log_text(text, "run.jsonl");
}

const std::string kSlide2 = R"({"event":"slide","slide":2,"t_ms":2500,"talk_ms":2500})"
                            "\n";

}  // namespace

TEST_CASE("resume: the schedule comes from the log, not from today's default") {
    const ResumePlan plan = plan_resume(crashed(kSlide2), {}, at(4500));
    CHECK(plan.schedule.total == Millis{10000});
    REQUIRE(plan.schedule.count() == 4);
    CHECK(plan.schedule.slides[3].start == Millis{7500});
    CHECK(plan.schedule.slides[3].duration == Millis{2500});
    CHECK(plan.schedule.format == TalkFormat::FiveMinutes);
    CHECK_FALSE(plan.paused);
    CHECK(plan.talk_at(at(4500)) == ms(4500));
    CHECK(plan.slide_at(at(4500)) == 1);
    CHECK(plan.talk_at(at(9000)) == ms(9000));  // the clock goes on while nothing runs
    CHECK(plan.log.path == "run.jsonl");
}

TEST_CASE(
    "resume: timing flags that give the log's plan are fine; others are an error naming both") {
    TimingOverrides same;
    same.total = Millis{10000};
    CHECK(plan_resume(crashed(kSlide2), same, at(4500)).schedule.total == Millis{10000});
    TimingOverrides per_slide;
    per_slide.slide_seconds = Millis{2500};
    CHECK_NOTHROW(plan_resume(crashed(kSlide2), per_slide, at(4500)));

    TimingOverrides other;
    other.total = Millis{300000};
    try {
        plan_resume(crashed(kSlide2), other, at(4500));
        FAIL("a 5:00 total against a 0:10 log was accepted");
    } catch (const ResumeError& error) {
        const std::string what = error.what();
        CHECK(what.find("5:00.0 in all") != std::string::npos);
        CHECK(what.find("0:10.0 in all") != std::string::npos);
        CHECK(what.find("resume without") != std::string::npos);
    }
    TimingOverrides ignite;
    ignite.format = TalkFormat::Ignite;
    CHECK_THROWS_AS(plan_resume(crashed(kSlide2), ignite, at(4500)), ResumeError);
}

TEST_CASE("resume: pauses before the crash are not talk time") {
    const std::string log = kSlide2 +
                            R"({"event":"pause","t_ms":3000,"talk_ms":3000})"
                            "\n"
                            R"({"event":"resume","paused_ms":4000,"t_ms":7000,"talk_ms":3000})"
                            "\n";
    const ResumePlan plan = plan_resume(crashed(log), {}, at(8000));
    CHECK_FALSE(plan.paused);
    CHECK(plan.paused_before == ms(4000));
    CHECK(plan.talk_at(at(8000)) == ms(4000));
    CHECK(plan.not_talk_at(at(8000)) == ms(4000));
    CHECK(plan.slide_at(at(8000)) == 1);
}

TEST_CASE("resume: a crash during a pause resumes paused, at the paused position") {
    const std::string log = kSlide2 + R"({"event":"pause","t_ms":3000,"talk_ms":3000})"
                                      "\n";
    const ResumePlan plan = plan_resume(crashed(log), {}, at(60000));  // a minute later
    CHECK(plan.paused);
    CHECK(plan.paused_talk == ms(3000));
    CHECK(plan.talk_at(at(60000)) == ms(3000));       // the pause did not count as talk time
    CHECK(plan.not_talk_at(at(60000)) == ms(57000));  // real time that was pause
    CHECK(plan.slide_at(at(60000)) == 1);
    // A second crash after that resume (still paused): the first gap was pause too.
    const std::string again = log +
                              R"({"event":"resumed","slide":2,"t_ms":60000,"talk_ms":3000})"
                              "\n"
                              R"({"event":"pause","t_ms":60000,"talk_ms":3000})"
                              "\n"
                              R"({"event":"resume","paused_ms":1000,"t_ms":61000,"talk_ms":3000})"
                              "\n";
    const ResumePlan later = plan_resume(crashed(again), {}, at(62000));
    CHECK_FALSE(later.paused);
    CHECK(later.paused_before == ms(58000));
    CHECK(later.talk_at(at(62000)) == ms(4000));
    CHECK(crashed(again).summary.paused_ms == 58000);  // the report agrees
}

TEST_CASE("resume: a start in the future, a talk long over, and unreadable starts are refused") {
    // The clock was set back: the start is 28 s ahead of now.
    CHECK_THROWS_WITH_AS(plan_resume(crashed(kSlide2), {}, at(-28000)),
                         doctest::Contains("the clock was set back"), ResumeError);
    // The whole 10 s has passed (no pause).
    CHECK_THROWS_WITH_AS(plan_resume(crashed(kSlide2), {}, at(10000)),
                         doctest::Contains("nothing left to resume"), ResumeError);
    CHECK_NOTHROW(plan_resume(crashed(kSlide2), {}, at(9999)));
    // No readable wall time: never a silent restart from slide 1.
    CHECK_THROWS_WITH_AS(plan_resume(crashed(kSlide2, "yesterday"), {}, at(4000)),
                         doctest::Contains("no readable wall time"), ResumeError);
    // A plan that does not add up.
    const std::string broken =
        R"({"event":"start","mode":"play","files":["a","b"],"planned_start_ms":[0,2000],)"
        R"("planned_ms":[1000,1000],"total_ms":2000,"wall":"2026-11-25T17:40:00.000Z"})"
        "\n";
    CHECK_THROWS_WITH_AS(plan_resume(read_run_log_text(broken, "b.jsonl"), {}, at(500)),
                         doctest::Contains("no readable plan"), ResumeError);
}

TEST_CASE("resume: an ignite log keeps its format") {
    const ResumePlan plan =
        plan_resume(crashed(kSlide2, "2026-11-25T17:40:00.000Z", "ignite"), {}, at(100));
    CHECK(plan.schedule.format == TalkFormat::Ignite);
}

TEST_CASE(
    "resume: a talk ended by a signal or a vanished window is resumed; one ended on purpose "
    "is not") {
    // An organizer's stray Ctrl+C in the terminal (or SIGTERM, SIGHUP) at 3 s.
    for (const std::string reason : {"signal", "closed"}) {
        CAPTURE(reason);
        const ReadLog log = crashed(kSlide2 + R"({"event":"end","reason":")" + reason +
                                    R"(","t_ms":3000,"talk_ms":3000})" + "\n");
        CHECK(interrupted(log.summary));
        const ResumePlan plan = plan_resume(log, {}, at(4500));
        CHECK(plan.talk_at(at(4500)) == ms(4500));  // the schedule went on meanwhile
        CHECK(plan.slide_at(at(4500)) == 1);
    }
    for (const std::string reason : {"finished", "quit", "restart"}) {
        CAPTURE(reason);
        const ReadLog log = crashed(kSlide2 + R"({"event":"end","reason":")" + reason +
                                    R"(","t_ms":3000,"talk_ms":3000})" + "\n");
        CHECK_FALSE(interrupted(log.summary));
        const std::string refused = "ended (" + reason + "): it was stopped on purpose";
        CHECK_THROWS_WITH_AS(plan_resume(log, {}, at(4500)), doctest::Contains(refused.c_str()),
                             ResumeError);
    }
}

TEST_CASE("resume: a run stopped by a signal during a pause resumes paused") {
    const std::string log = kSlide2 +
                            R"({"event":"pause","t_ms":3000,"talk_ms":3000})"
                            "\n"
                            R"({"event":"end","reason":"signal","t_ms":4000,"talk_ms":3000})"
                            "\n";
    const ResumePlan plan = plan_resume(crashed(log), {}, at(20000));
    CHECK(plan.paused);
    CHECK(plan.talk_at(at(20000)) == ms(3000));
}

TEST_CASE("resume: after a resumed run only its own end counts") {
    const std::string signalled = kSlide2 +
                                  R"({"event":"end","reason":"signal","t_ms":3000,"talk_ms":3000})"
                                  "\n"
                                  R"({"event":"resumed","slide":2,"t_ms":4000,"talk_ms":4000})"
                                  "\n";
    // Killed again after the resume (no end of its own): still resumable, and cut off.
    const ReadLog again = crashed(signalled);
    CHECK_FALSE(again.summary.end_reason);
    CHECK(again.summary.truncated);
    CHECK(again.summary.resumptions == 1);
    CHECK_NOTHROW(plan_resume(again, {}, at(5000)));
    // It then finished: nothing to resume.
    const ReadLog done = crashed(
        signalled + R"({"event":"end","reason":"finished","t_ms":10000,"talk_ms":10000})" + "\n");
    REQUIRE(done.summary.end_reason);
    CHECK(*done.summary.end_reason == "finished");
    CHECK_THROWS_AS(plan_resume(done, {}, at(5000)), ResumeError);
}
