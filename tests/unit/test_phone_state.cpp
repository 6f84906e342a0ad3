// What a phone is told: the talk sheet (plan, notes, thresholds, the lineup for the organizer)
// and the status with "mine", made from the shows' own status on the fake clock; a status is
// news when something but time changed.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "../support/event_run.hpp"
#include "../support/stage_run.hpp"
#include "core/frame/talk_screen.hpp"
#include "core/remote/phone_status.hpp"

using namespace lightning;

TEST_CASE("phone sheet: a play's plan and notes; a free rehearsal sends no plan") {
    testing::StageRun play(RunMode::Play);
    const auto sheets = play.stage->phone_sheets();
    REQUIRE(sheets.size() == 1);
    CHECK(sheets[0].title == "Stage talk");
    CHECK(sheets[0].slides == 4);
    CHECK(sheets[0].plan == std::vector<Millis>(4, Millis{10'000}));
    CHECK(sheets[0].notes.size() == 4);

    testing::StageRun free(RunMode::Free);
    CHECK(free.stage->phone_sheets()[0].plan.empty());

    PreparedTalk talk = testing::four_slides_40s();
    talk.deck.slides[1].notes = std::string(5000, 'n') + " 한국어 🎤";
    talk.deck.slides[2].notes = "bad \xff byte";
    talk.thresholds.warn = Millis{45'000};
    const Json speaker =
        Json::parse(phone_talk_json({phone_sheet(talk, "T", "S", true)}, 0, PhoneRole::Speaker));
    CHECK(speaker["role"] == "speaker");
    CHECK(speaker["plan"] == Json::array({10'000, 10'000, 10'000, 10'000}));
    CHECK(speaker["notes"][1].get<std::string>().size() == 5000 + 15);
    CHECK(speaker["notes"][2].get<std::string>().find("bad") == 0);  // readable, not an error
    CHECK(speaker["warn"] == 45'000);
    CHECK(!speaker.contains("lineup"));
}

TEST_CASE("phone sheet and status: a session's speakers each get their own talk") {
    using namespace testing;
    EventRun run(named("Evening"), {talk("one", 2, 10'000), talk("two", 4, 20'000)});
    const auto sheets = run.show->phone_sheets();
    REQUIRE(sheets.size() == 2);
    CHECK(sheets[1].title == "two");
    CHECK(sheets[1].plan.size() == 4);

    const Json second = Json::parse(phone_talk_json(sheets, 1, PhoneRole::Speaker));
    CHECK(second["talk"] == 1);
    CHECK(second["title"] == "two");
    const Json organizer = Json::parse(phone_talk_json(sheets, 0, PhoneRole::Organizer));
    CHECK(organizer["lineup"].size() == 2);
    CHECK(organizer["lineup"][1]["speaker"] == "Speaker two");

    run.send(Command::Start);
    run.after(4'000);
    const LiveStatus status = run.show->live_status(run.clock.now());
    const Json mine = Json::parse(phone_status_json(status, run.clock.now(), 7, size_t{0},
                                                    SpeakerMessage{2, "wrap up"}, "17:45"));
    CHECK(mine["seq"] == 7);
    CHECK(mine["now"] == run.clock.now().count() / 1000);
    CHECK(mine["state"] == "running");
    CHECK(mine["mine"] == true);
    CHECK(mine["slide"] == 0);
    CHECK(mine["next_flip"] == 1'000);
    CHECK(mine["talk_left"] == 6'000);
    CHECK(mine["message"]["text"] == "wrap up");
    CHECK(mine["message"]["id"] == 2);
    CHECK(mine["projected_end"] == "17:45");
    // The message is for the speaker on stage only.
    const Json theirs = Json::parse(
        phone_status_json(status, run.clock.now(), 8, size_t{1}, SpeakerMessage{2, "wrap up"}, ""));
    CHECK(theirs["mine"] == false);
    CHECK(theirs["message"].is_null());
    CHECK(theirs["projected_end"].is_null());
    CHECK(Json::parse(
              phone_status_json(status, run.clock.now(), 9, std::nullopt, {}, ""))["mine"] == true);
}

TEST_CASE("phone status news: a change of state or slide, or a jump in time; not time passing") {
    using testing::StageRun;
    StageRun run(RunMode::Play);
    run.at(2'000);
    const Micros t0 = run.clock.now();
    const LiveStatus s0 = run.stage->live_status(t0);
    run.at(2'900);
    CHECK(!phone_status_news(s0, t0, run.stage->live_status(run.clock.now()), run.clock.now()));
    run.at(10'500);  // slide 2
    CHECK(phone_status_news(s0, t0, run.stage->live_status(run.clock.now()), run.clock.now()));

    const Micros t1 = run.clock.now();
    const LiveStatus s1 = run.stage->live_status(t1);
    run.send(Command::Pause);
    CHECK(phone_status_news(s1, t1, run.stage->live_status(run.clock.now()), run.clock.now()));
    const Micros t2 = run.clock.now();
    const LiveStatus s2 = run.stage->live_status(t2);
    run.at(15'000);  // paused: time left stands, as the page expects
    CHECK(!phone_status_news(s2, t2, run.stage->live_status(run.clock.now()), run.clock.now()));

    // A break extended: the same state, its time left jumps.
    LiveStatus brk;
    brk.state = LiveStatus::State::Break;
    brk.talk_left = Micros{60'000'000};
    LiveStatus later = brk;
    later.talk_left = Micros{59'000'000};
    CHECK(!phone_status_news(brk, Micros{0}, later, Micros{1'000'000}));
    later.talk_left = Micros{119'000'000};
    CHECK(phone_status_news(brk, Micros{0}, later, Micros{1'000'000}));
}

namespace {

// The page's own m:ss (phone.html's fmt): whole seconds rounded up, as the overlay shows them.
std::string page_text(long long ms) {
    const long long seconds = (std::max(ms, 0LL) + 999) / 1000;
    return std::to_string(seconds / 60) + ":" + (seconds % 60 < 10 ? "0" : "") +
           std::to_string(seconds % 60);
}

}  // namespace

TEST_CASE("phone status: the phone shows what render draws at the same instant") {
    // `render --at T` draws the overlay from the plan alone (talk_screen of moment_at T); the
    // phone is sent the show's status. At every instant, flip edges and sub-millisecond ones
    // included, the page's countdowns and k/N must read as the projector's.
    testing::StageRun run(RunMode::Play);
    REQUIRE(run.stage->live_status(run.clock.now()).talk_left == Micros{40'000'000});
    for (const long long at_us :
         {0LL, 1LL, 999LL, 1'000LL, 1'001LL, 500'000LL, 999'999LL, 1'000'000LL, 1'000'001LL,
          9'999'999LL, 10'000'000LL, 10'000'001LL, 10'000'500LL, 19'000'250LL, 29'999'000LL,
          30'000'000LL, 39'000'001LL, 39'999'999LL}) {
        CAPTURE(at_us);
        run.clock.set(testing::kOpen + Micros{at_us});
        const Json status = Json::parse(phone_status_json(run.stage->live_status(run.clock.now()),
                                                          run.clock.now(), 1, size_t{0}, {}, ""));
        const Moment moment = moment_at(run.talk.schedule, run.talk.thresholds, Micros{at_us});
        const Screen screen = talk_screen(run.talk.deck, run.talk.schedule, moment,
                                          OverlayMode::Audience, 0, SlideLook{});
        const auto& countdown = std::get<SlideCard>(screen.card).countdown;
        CHECK(page_text(status["talk_left"].get<long long>()) == countdown.talk_left);
        CHECK(page_text(status["slide_left"].get<long long>()) == countdown.slide_left);
        CHECK(std::to_string(status["slide"].get<int>() + 1) + "/" +
                  std::to_string(status["slides"].get<int>()) ==
              countdown.position);
    }
}
