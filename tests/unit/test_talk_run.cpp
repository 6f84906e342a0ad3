// Whole rehearsals and a play run driven by the fake clock and scripted key presses: the log's
// events and the CSV's numbers are checked exactly.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <sstream>

#include "../support/temp_deck.hpp"
#include "core/log/log_reader.hpp"
#include "core/log/run_table.hpp"
#include "core/show/talk_run.hpp"

using namespace lightning;
using lightning::testing::read_text;
using lightning::testing::TempDeck;

namespace {

constexpr Micros ms(long long n) {
    return Micros{n * 1'000};
}
constexpr Micros kT0 = ms(5'000);  // clock time of the first present

Deck four_slides() {
    Deck deck;
    deck.title = "Test talk";
    for (const char* name : {"a.png", "b.png", "c.png", "d.png"})
        deck.slides.push_back(SlideEntry{name, name, {}, {}, 0});
    return deck;
}

// A run in progress: a session over a fake clock, writing its log into a temporary folder.
struct Run {
    Run(RunMode mode, Millis total, int slides = 4)
        : deck(four_slides()),
          schedule([&] {
              deck.slides.resize(static_cast<size_t>(slides));
              TimingOverrides overrides;
              overrides.total = total;
              return make_schedule(deck, overrides);
          }()),
          log(LogFile(folder.path() / "run.jsonl", {}),
              WallTime{std::chrono::seconds{1'800'000'000}}),
          session(deck, schedule, Thresholds{}, clock, mode, &log, "decks/test", "9.9") {
        clock.set(kT0);
        session.start_at(kT0);
        session.advance_to(Micros{0});  // the first frame, as the window loop shows it
        session.presented(kT0);
    }
    // Moves the clock to `real` ms after the start and shows what is due then, as the window
    // loop does (hard-clock modes flip here; the frame reaches the screen on the instant).
    void at(long long real) {
        clock.set(kT0 + ms(real));
        session.advance_to(session.elapsed());
        session.presented(clock.now());
    }
    std::vector<std::string> kinds() const {
        std::vector<std::string> out;
        for (const auto& event : log.events()) out.push_back(event["event"].get<std::string>());
        return out;
    }

    TempDeck folder;
    FakeClock clock;
    Deck deck;
    Schedule schedule;
    TalkLog log;
    TalkRun session;
};

}  // namespace

TEST_CASE("a paced rehearsal: slack, overrun, a pause, and the last mark after the end") {
    Run run(RunMode::Paced, Millis{40'000});  // 4 slides x 10 s
    run.at(8'000);
    run.session.mark_or_next();  // slide 1's words end 2 s early
    CHECK(run.session.note(run.session.elapsed())->text == "-2.0 s");
    run.at(10'000);  // slide 2
    run.at(20'000);  // slide 3; slide 2 is not marked yet
    run.at(21'500);
    CHECK(run.session.note(run.session.elapsed())->text == "+1.5 s");
    CHECK(run.session.note(run.session.elapsed())->over);
    run.session.mark_or_next();  // ... for slide 2: 1.5 s over
    run.at(25'000);
    run.session.toggle_pause();  // 5 s pause: slide 3 keeps its 5 s left
    run.at(30'000);
    CHECK(run.session.current() == 2);
    run.session.toggle_pause();
    run.at(33'000);              // talk time 28 s
    run.session.mark_or_next();  // slide 3: 2 s early
    run.at(35'000);              // slide 4 at talk time 30 s
    CHECK(run.session.current() == 3);
    run.at(45'000);  // talk time 40 s: the end card, waiting for slide 4's mark
    CHECK(run.session.ended());
    CHECK_FALSE(run.session.finished());
    run.at(46'200);
    run.session.mark_or_next();  // slide 4: 1.2 s over; the rehearsal is done
    CHECK(run.session.finished());

    CHECK(run.kinds() == std::vector<std::string>{"start", "slide", "mark", "slide", "slide",
                                                  "mark", "pause", "resume", "mark", "slide",
                                                  "mark", "end"});
    const auto& events = run.log.events();
    CHECK(events[0]["mode"] == "paced");
    CHECK(events[0]["planned_start_ms"] == Json::array({0, 10'000, 20'000, 30'000}));
    CHECK(events[0]["wall"] == "2027-01-15T08:00:00.000Z");
    CHECK(events[6]["talk_ms"] == 25'000);  // pause
    CHECK(events[7]["paused_ms"] == 5'000);
    CHECK(events[7]["t_ms"] == 30'000);
    CHECK(events[9]["slide"] == 4);  // slide 4: due 30 s talk time, 35 s real
    CHECK(events[9]["due_ms"] == 30'000.0);
    CHECK(events[9]["t_ms"] == 35'000);
    CHECK(events[9]["wall"] == "2027-01-15T08:00:35.000Z");
    CHECK(events[11]["reason"] == "finished");

    const auto written = run.log.finish();
    CHECK(written.csv == run.folder.path() / "run.csv");
    CHECK(
        read_text(written.csv) ==
        "slide,file,planned_start_ms,actual_start_ms,late_ms,planned_ms,actual_ms,mark_ms,over_ms\n"
        "1,a.png,0,0,0,10000,10000,8000,-2000\n"
        "2,b.png,10000,10000,0,10000,10000,21500,1500\n"
        "3,c.png,20000,20000,0,10000,10000,28000,-2000\n"
        "4,d.png,30000,30000,0,10000,10000,41200,1200\n");

    // The log read back gives the same table; the summary's worst slides and total.
    const ReadLog read = read_run_log(written.log);
    CHECK_FALSE(read.truncated);
    const RunTable table = run_table(read.summary);
    // "on screen" and "words" are named apart: 10 s up, its words took 11.5 s.
    CHECK(table.rows[0] ==
          std::vector<std::string>{"slide", "planned", "on screen", "words", "over/under"});
    CHECK(table.rows[2] ==
          std::vector<std::string>{"2  b.png", "0:10.0", "0:10.0", "0:11.5", "+1.5 s"});
    CHECK(table.notes[0] == "total: planned 0:40.0, took 0:41.2 (+1.2 s), paused 0:05.0");
    CHECK(table.notes[1] == "worst: slide 2 +1.5 s, slide 4 +1.2 s");
}

TEST_CASE("a paced slide whose words never got a mark is an overrun by at least the next slide") {
    Run run(RunMode::Paced, Millis{40'000});
    run.at(10'000);
    run.at(20'000);  // slide 1's window closes unmarked
    run.at(29'000);
    run.session.mark_or_next();  // for slide 2 (overrun 9 s)
    run.at(30'000);
    run.at(45'000);
    run.session.end("quit");  // slides 3 and 4 never marked
    const auto written = run.log.finish();
    CHECK(
        read_text(written.csv) ==
        "slide,file,planned_start_ms,actual_start_ms,late_ms,planned_ms,actual_ms,mark_ms,over_ms\n"
        "1,a.png,0,0,0,10000,10000,,10000\n"
        "2,b.png,10000,10000,0,10000,10000,29000,9000\n"
        "3,c.png,20000,20000,0,10000,10000,,10000\n"
        "4,d.png,30000,30000,0,10000,10000,,5000\n");
    CHECK(run.kinds().back() == "end");
}

TEST_CASE("a free rehearsal: the speaker advances, goes back, pauses") {
    Run run(RunMode::Free, Millis{30'000}, 3);  // 3 slides, 10 s planned each
    run.at(12'000);
    run.session.mark_or_next();  // slide 2
    run.at(12'000);
    run.at(15'000);
    run.session.back();  // slide 1 again
    run.at(15'000);
    CHECK(run.session.current() == 0);
    run.at(17'000);
    // Slide 1 again: its 12 s before and 2 s now make 14 s of a 10 s slide.
    CHECK(run.session.note(run.session.elapsed())->text == "+4.0 s");
    run.session.mark_or_next();  // slide 2 again
    run.at(17'000);
    run.at(25'000);
    run.session.toggle_pause();
    run.at(29'000);
    run.session.toggle_pause();  // 4 s paused
    run.at(30'000);              // talk time 26 s
    run.session.mark_or_next();  // slide 3
    run.at(30'000);
    run.at(40'000);  // talk time 36 s: slide 3 has used exactly its 10 s
    CHECK(run.session.note(run.session.elapsed()) == std::nullopt);
    run.at(41'000);
    CHECK(run.session.note(run.session.elapsed())->text == "+1.0 s");
    run.session.mark_or_next();  // past the last slide: the end
    CHECK(run.session.finished());
    CHECK(run.kinds() == std::vector<std::string>{"start", "slide", "slide", "slide", "slide",
                                                  "pause", "resume", "slide", "end"});
    const auto written = run.log.finish();
    CHECK(
        read_text(written.csv) ==
        "slide,file,planned_start_ms,actual_start_ms,late_ms,planned_ms,actual_ms,mark_ms,over_ms\n"
        "1,a.png,0,0,0,10000,14000,,4000\n"
        "2,b.png,10000,12000,0,10000,12000,,2000\n"
        "3,c.png,20000,26000,0,10000,11000,,1000\n");
}

TEST_CASE("play logs every flip and ends by itself; pausing shifts the rest of the schedule") {
    Run run(RunMode::Play, Millis{40'000});
    run.session.mark_or_next();  // speaker keys do nothing in play
    CHECK(run.kinds() == std::vector<std::string>{"start", "slide"});
    run.at(10'000);
    run.at(12'000);
    run.session.toggle_pause();  // the organizer's emergency pause
    run.at(15'000);
    CHECK(run.session.current() == 1);
    run.session.toggle_pause();  // 3 s: slide 3 is now due at 23 s
    run.at(22'999);
    CHECK(run.session.current() == 1);
    run.at(23'000);
    CHECK(run.session.current() == 2);
    run.at(33'000);
    run.at(43'000);
    CHECK(run.session.finished());
    CHECK(run.kinds() == std::vector<std::string>{"start", "slide", "slide", "pause", "resume",
                                                  "slide", "slide", "end"});
    const auto written = run.log.finish();
    CHECK(
        read_text(written.csv) ==
        "slide,file,planned_start_ms,actual_start_ms,late_ms,planned_ms,actual_ms,mark_ms,over_ms\n"
        "1,a.png,0,0,0,10000,10000,,\n"
        "2,b.png,10000,10000,0,10000,10000,,\n"
        "3,c.png,20000,20000,0,10000,10000,,\n"
        "4,d.png,30000,30000,0,10000,10000,,\n");
}

TEST_CASE("a log cut off by a crash is read to its last complete line") {
    TempDeck folder;
    const std::string text =
        "{\"event\":\"start\",\"mode\":\"play\",\"files\":[\"a.png\",\"b.png\"],\"planned_start_"
        "ms\":[0,1000],"
        "\"planned_ms\":[1000,1000],\"total_ms\":2000,\"t_ms\":0,\"talk_ms\":0,\"wall\":\"x\"}\n"
        "{\"event\":\"slide\",\"slide\":1,\"due_ms\":0,\"presented_ms\":0.4,\"late_ms\":0.4,\"t_"
        "ms\":0,\"talk_ms\":0}\n"
        "not json at all\n"
        "{\"event\":\"slide\",\"slide\":2,\"due_ms\":1000,\"presented_ms\":1000,\"late_ms\":0,\"t_"
        "ms\":1000,\"talk_ms\":1000}\n"
        "{\"event\":\"sli";
    const ReadLog log = read_run_log_text(text, "crashed.jsonl");
    CHECK(log.truncated);
    CHECK(log.damaged_lines == 1);
    CHECK(log.events.size() == 3);
    CHECK_FALSE(log.summary.end_reason.has_value());
    CHECK(log.summary.rows[0].actual_ms == 1000);
    CHECK(log.summary.rows[1].actual_start_ms == 1000);
    CHECK_THROWS_WITH_AS(
        read_run_log_text("{\"event\":\"slide\"}\n", "x.jsonl"),
        "x.jsonl is not a lightning timing log (it has no start event on its first line)",
        LogError);
}

TEST_CASE("an unwritable log keeps every line and lands in the fallback place") {
    TempDeck folder;
    std::ofstream(folder.path() / "file") << "x";
    std::string reported;
    int reports = 0;
    TalkLog log(LogFile(folder.path() / "file" / "run.jsonl", {folder.path() / "fallback"}),
                WallTime{}, [&](const std::string& problem) {
                    reported = problem;
                    ++reports;
                });
    RunStart start;
    start.mode = "play";
    start.files = {"a.png"};
    start.planned_start_ms = {0};
    start.planned_ms = {1000};
    start.total_ms = 1000;
    log.start(start);
    log.slide(0, Micros{0}, Micros{300}, Micros{300});
    log.end("finished", ms(1000), ms(1000));
    CHECK(reports == 1);
    CHECK(reported.find("the timing log cannot be written") != std::string::npos);
    const auto written = log.finish();
    CHECK(written.log == folder.path() / "fallback" / "run.jsonl");
    CHECK(written.csv == folder.path() / "fallback" / "run.csv");
    const ReadLog back = read_run_log(written.log);
    CHECK(back.events.size() == 3);
    CHECK(back.summary.end_reason == "finished");
}

TEST_CASE("play without a log still finishes at the end (play --no-log --exit-at-end)") {
    Deck deck = four_slides();
    TimingOverrides overrides;
    overrides.total = Millis{4'000};
    const Schedule schedule = make_schedule(deck, overrides);
    FakeClock clock(kT0);
    TalkRun session(deck, schedule, Thresholds{}, clock, RunMode::Play, nullptr, "d", "v");
    session.start_at(kT0);
    session.advance_to(Micros{0});
    session.presented(kT0);
    clock.set(kT0 + ms(3'999));
    session.advance_to(session.elapsed());
    CHECK_FALSE(session.finished());
    clock.set(kT0 + ms(4'000));
    session.advance_to(session.elapsed());
    CHECK(session.finished());
}

TEST_CASE("resume: the slide the crash left on screen is logged as due at the resume, not late") {
    // A 4 x 10 s play run resumed at talk time 15 s (slide 2, due at 10 s before the crash): its
    // flip is logged as due at 15 s, marked after_resume; the next slide keeps its own due time.
    Run crashed(RunMode::Play, Millis{40'000});  // its log has the start event
    crashed.at(12'000);
    TempDeck folder;
    FakeClock clock;
    TalkLog log(LogFile(folder.path() / "run.jsonl", {}),
                WallTime{std::chrono::seconds{1'800'000'000}}, crashed.log.events(), {});
    TalkRun run(crashed.deck, crashed.schedule, Thresholds{}, clock, RunMode::Play, &log,
                "decks/test", "9.9");
    clock.set(kT0);
    run.start_resumed(kT0, ms(15'000), Micros{0});
    run.advance_to(run.elapsed());
    clock.set(kT0 + ms(4));
    run.presented(clock.now());
    clock.set(kT0 + ms(5'000));  // talk time 20 s: slide 3
    run.advance_to(run.elapsed());
    run.presented(clock.now());

    std::vector<Json> slides;  // this process's flips, after the crashed run's events
    for (size_t i = crashed.log.events().size(); i < log.events().size(); ++i)
        if (log.events()[i]["event"] == "slide") slides.push_back(log.events()[i]);
    REQUIRE(slides.size() == 2);
    CHECK(slides[0]["slide"] == 2);
    CHECK(slides[0]["due_ms"] == 15'000.0);
    CHECK(slides[0]["late_ms"] == 4.0);
    CHECK(slides[0]["after_resume"] == true);
    CHECK(slides[1]["slide"] == 3);
    CHECK(slides[1]["due_ms"] == 20'000.0);
    CHECK_FALSE(slides[1].contains("after_resume"));
}
