// report over paced rehearsals driven by the fake clock: three finished runs and two that ended
// early (quit, restart). Slides an early end never reached are "not reached", never timed; the
// unfinished runs are listed but left out of the mean and trend unless --all.
#include <doctest/doctest.h>

#include <memory>

#include "../support/temp_deck.hpp"
#include "core/log/log_reader.hpp"
#include "core/log/report.hpp"
#include "core/log/run_table.hpp"
#include "core/show/talk_run.hpp"

using namespace lightning;
using lightning::testing::TempDeck;

namespace {

constexpr Micros ms(long long n) {
    return Micros{n * 1'000};
}
constexpr Micros kT0 = ms(5'000);

// One paced rehearsal of 4 slides x 2 s; `marks` are the real ms of each mark press; the run
// ends with `reason` at `end_at` (for "finished", by the last mark).
ReadLog paced_run(const TempDeck& folder, const std::string& name,
                  const std::vector<long long>& marks, const std::string& reason,
                  long long end_at) {
    Deck deck;
    deck.title = "Report talk";
    for (const char* file : {"a.png", "b.png", "c.png", "d.png"})
        deck.slides.push_back(SlideEntry{file, file, {}, {}, 0});
    TimingOverrides overrides;
    overrides.slide_seconds = Millis{2'000};
    const Schedule schedule = make_schedule(deck, overrides);
    FakeClock clock;
    TalkLog log(LogFile(folder.path() / name, {}), WallTime{std::chrono::seconds{1'800'000'000}});
    TalkRun session(deck, schedule, Thresholds{}, clock, RunMode::Paced, &log, "decks/report",
                    "9.9");
    clock.set(kT0);
    session.start_at(kT0);
    session.advance_to(Micros{0});
    session.presented(kT0);
    auto at = [&](long long real) {
        clock.set(kT0 + ms(real));
        session.advance_to(session.elapsed());
        session.presented(clock.now());
    };
    for (long long mark : marks) {
        at(mark);
        session.mark_or_next();
    }
    if (reason != "finished") {
        at(end_at);
        session.end(reason);
    }
    log.finish();
    return read_run_log(folder.path() / name);
}

}  // namespace

TEST_CASE("report: aborted paced runs are not timed past where they ended, and not counted") {
    TempDeck folder;
    std::vector<ReadLog> logs;
    // Finished: each slide's words end 0.4 s, then 0.2 s, then on the plan... late: a trend.
    logs.push_back(paced_run(folder, "1.jsonl", {2'400, 4'400, 6'400, 8'400}, "finished", 0));
    logs.push_back(paced_run(folder, "2.jsonl", {2'200, 4'200, 6'200, 8'200}, "finished", 0));
    // Quit at 3 s: slide 1 marked, slide 2 on screen (its end not come), 3 and 4 never shown.
    logs.push_back(paced_run(folder, "3.jsonl", {2'100}, "quit", 3'000));
    logs.push_back(paced_run(folder, "4.jsonl", {1'900, 3'900, 6'000, 8'000}, "finished", 0));
    // Restarted at 5 s: slide 2 unmarked and its end passed (missed), 3 and 4 not reached.
    logs.push_back(paced_run(folder, "5.jsonl", {2'000}, "restart", 5'000));

    const RunSummary& quit = logs[2].summary;
    CHECK_FALSE(quit.rows[1].over_ms);  // not "missed, over 0"
    CHECK(quit.rows[1].not_reached);
    CHECK(quit.rows[3].not_reached);
    const RunSummary& restarted = logs[4].summary;
    CHECK_FALSE(restarted.rows[1].not_reached);  // its end came at 4 s: missed, at least 1 s over
    CHECK(restarted.rows[1].over_ms == 1'000);
    CHECK(restarted.rows[2].not_reached);

    const Report report = build_report(logs);
    REQUIRE(report.runs.size() == 5);
    CHECK(report.runs[2].status == "quit");
    CHECK_FALSE(report.runs[2].counted);
    CHECK_FALSE(report.runs[4].counted);
    CHECK(report.runs[0].counted);
    CHECK(report.runs[0].quantity == "words");
    const ReportRow& slide4 = report.rows[3];
    CHECK_FALSE(slide4.actual_ms[2]);  // never the plan's 2000 for a slide never shown
    CHECK(slide4.note[2] == kNotReached);
    // Mean of the finished runs only: +0.4, +0.2, 0.0.
    CHECK(slide4.mean_over_ms == 200);
    CHECK(slide4.trend == "steady");
    CHECK(report.rows[0].mean_over_ms == 166);  // +400, +200, -100
    CHECK(report.rows[1].note[4] == kNoMark);

    const std::string text = report_text(report);
    CHECK(text.find("2 unfinished left out of the mean and trend") != std::string::npos);
    CHECK(text.find("(run 3)") != std::string::npos);
    CHECK(text.find("n/r") != std::string::npos);
    const std::string csv = report_csv(report);
    CHECK(csv.find("run3_words_ms,run3_over_ms,run3_note") != std::string::npos);
    CHECK(
        csv.find(
            "4,d.png,2000,2400,400,,2200,200,,,,not reached,2000,0,,,,not reached,200,steady\n") !=
        std::string::npos);

    // --all counts them: slide 2's mean now includes the restarted run's missed +1.0 s.
    const Report all = build_report(logs, true);
    CHECK(all.runs[2].counted);
    CHECK(all.rows[1].mean_over_ms == (400 + 200 - 100 + 1'000) / 4);
}

TEST_CASE("report: every run against its own plan") {
    TempDeck folder;
    std::vector<ReadLog> logs;
    logs.push_back(paced_run(folder, "1.jsonl", {2'400, 4'400, 6'400, 8'400}, "finished", 0));
    // The same deck planned at 5 s a slide: 5.5 s of words is +0.5 s, not +3.5 s.
    const std::string other =
        R"({"event":"start","title":"Report talk","mode":"play","files":["a.png","b.png","c.png","d.png"],)"
        R"("planned_start_ms":[0,5000,10000,15000],"planned_ms":[5000,5000,5000,5000],"total_ms":20000,)"
        R"("t_ms":0,"talk_ms":0,"wall":"2027-01-15T08:00:00.000Z"})"
        "\n"
        R"({"event":"slide","slide":1,"presented_ms":0,"t_ms":0,"talk_ms":0})"
        "\n"
        R"({"event":"slide","slide":2,"presented_ms":5500,"t_ms":5500,"talk_ms":5500})"
        "\n"
        R"({"event":"end","reason":"finished","t_ms":20000,"talk_ms":20000})"
        "\n";
    logs.push_back(read_run_log_text(other, "other.jsonl"));
    const Report report = build_report(logs);
    CHECK(over_of(report.rows[0], 1) == 500);
    CHECK(over_of(report.rows[0], 0) == 400);
    CHECK(report.runs[1].quantity == "on screen");
}
