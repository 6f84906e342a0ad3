#pragma once
// A Stage and the window loop around it on a fake clock, for the stage's tests: `at(t)` moves
// the clock to t ms after the window opened, applies time's changes and presents what is due.
#include <memory>
#include <optional>
#include <string>

#include "../support/fake_time.hpp"
#include "../support/temp_deck.hpp"
#include "core/show/stage.hpp"

namespace lightning::testing {

constexpr Micros kOpen = ms(1'000);  // clock time the window opens

inline PreparedTalk four_slides_40s() {
    PreparedTalk talk;
    talk.deck.title = "Stage talk";
    for (const char* name : {"a.png", "b.png", "c.png", "d.png"})
        talk.deck.slides.push_back(SlideEntry{name, name, {}, {}, 0});
    TimingOverrides overrides;
    overrides.total = Millis{40'000};  // 4 x 10 s
    talk.schedule = make_schedule(talk.deck, overrides);
    return talk;
}

// A stage and the loop around it: `at(t)` moves the clock to t ms after the window opened,
// applies time's changes, and presents what is due, as the loop does.
struct StageRun {
    explicit StageRun(RunMode mode, StageSetup setup = {}) : talk(four_slides_40s()) {
        clock.set(kOpen);
        setup.mode = mode;
        setup.deck_path = "decks/stage";
        setup.version = "9.9";
        setup.open_log = [this](WallTime start, LogProblem problem) {
            return std::make_unique<TalkLog>(
                LogFile(folder.path() / ("run" + std::to_string(++logs) + ".jsonl"), {}), start,
                std::move(problem));
        };
        stage.emplace(talk, clock, wall, std::move(setup));
        stage->set_bar_width(0);
        present();
    }
    void present() {
        const Micros now = clock.now();
        stage->update();
        stage->presented(now, now, true);
    }
    void at(long long t) {
        clock.set(kOpen + ms(t));
        wall.set(WallTime{std::chrono::seconds{1'800'000'000}} + std::chrono::milliseconds{t});
        present();
    }
    void send(Command command) { stage->send(command, CommandSource::Key); }
    int slide() const {
        const Screen screen = stage->screen_at(clock.now());
        const auto* card = std::get_if<SlideCard>(&screen.card);
        return card ? card->slide : -1;
    }
    Screen screen() const { return stage->screen_at(clock.now()); }
    template <class Card>
    Card card() const {
        return std::get<Card>(screen().card);
    }
    std::string status() const { return stage->presenter_at(clock.now()).status; }

    TempDeck folder;
    int logs = 0;
    FakeClock clock;
    FakeWallClock wall;
    PreparedTalk talk;
    std::optional<Stage> stage;
};

}  // namespace lightning::testing
