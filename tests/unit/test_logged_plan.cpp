// export --audio-from: the video is paced on the schedule the rehearsal's voice was recorded
// against (the log's start event), not on today's deck.toml or defaults; another deck's log, a
// --free rehearsal and contradicting timing flags are refused with what to do.
#include <doctest/doctest.h>

#include "core/log/logged_plan.hpp"

using namespace lightning;

namespace {

// A paced rehearsal of 3 slides planned 1 s, 2 s, 3 s.
ReadLog rehearsal(const std::string& mode = "paced",
                  const std::string& files = R"(["a.png","b.png","c.png"])") {
    const std::string text =
        R"({"event":"start","deck":"d","title":"T","mode":")" + mode + R"(","files":)" + files +
        R"(,"planned_start_ms":[0,1000,3000],"planned_ms":[1000,2000,3000],"total_ms":6000,)"
        R"("format":"five-minutes","version":"1","t_ms":0,"talk_ms":0,)"
        R"("wall":"2026-11-25T17:40:00.000Z"})"
        "\n";
    return read_run_log_text(text, "run.jsonl");
}

Deck three_slides() {
    Deck deck;
    for (const char* name : {"a.png", "b.png", "c.png"})
        deck.slides.push_back(SlideEntry{name, name, {}, {}, 0});
    return deck;
}

}  // namespace

TEST_CASE("recorded schedule: the rehearsal's own plan, slide by slide") {
    const Schedule schedule = recorded_schedule(rehearsal(), three_slides(), {});
    CHECK(schedule.total == Millis{6000});
    REQUIRE(schedule.count() == 3);
    CHECK(schedule.slides[1].start == Millis{1000});
    CHECK(schedule.slides[2].duration == Millis{3000});
    // A play run is on a schedule too (its recording would be a --audio given by hand).
    CHECK(recorded_schedule(rehearsal("play"), three_slides(), {}).total == Millis{6000});
}

TEST_CASE("recorded schedule: timing flags must make the log's plan; the refusal names both") {
    TimingOverrides even;
    even.total = Millis{6000};  // 6 s shared evenly is not 1, 2 and 3 s
    CHECK_THROWS_WITH_AS(recorded_schedule(rehearsal(), three_slides(), even),
                         doctest::Contains("but the rehearsal run.jsonl was planned as 0:06.0"),
                         ResumeError);
    TimingOverrides per_slide;
    per_slide.slide_seconds = Millis{2000};
    CHECK_THROWS_AS(recorded_schedule(rehearsal(), three_slides(), per_slide), ResumeError);
    TimingOverrides other;
    other.total = Millis{300000};
    CHECK_THROWS_WITH_AS(recorded_schedule(rehearsal(), three_slides(), other),
                         doctest::Contains("export without --format/--total/--slide-seconds"),
                         ResumeError);
}

TEST_CASE("recorded schedule: another deck's log and a --free rehearsal are refused") {
    CHECK_THROWS_WITH_AS(
        recorded_schedule(rehearsal("paced", R"(["a.png","b.png"])"), three_slides(), {}),
        doctest::Contains("run.jsonl is a log of another deck"), ResumeError);
    CHECK_THROWS_WITH_AS(recorded_schedule(rehearsal("free"), three_slides(), {}),
                         doctest::Contains("rehearse paced (without --free)"), ResumeError);
}

TEST_CASE("logged schedule: an unreadable plan says what to do for the use at hand") {
    const ReadLog broken = read_run_log_text(
        R"({"event":"start","deck":"d","title":"T","mode":"paced","files":["a.png"],)"
        R"("planned_start_ms":[0],"planned_ms":[1000],"total_ms":5000,"format":"five-minutes",)"
        R"("version":"1","t_ms":0,"talk_ms":0,"wall":"2026-11-25T17:40:00.000Z"})"
        "\n",
        "bad.jsonl");
    CHECK_THROWS_WITH_AS(logged_schedule(broken, export_use()),
                         doctest::Contains("give the recording with --audio"), ResumeError);
    CHECK_THROWS_WITH_AS(logged_schedule(broken, resume_use()),
                         doctest::Contains("play the talk again without --resume"), ResumeError);
}
