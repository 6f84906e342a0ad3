#pragma once
// An event and the loop around it on a fake clock, for the event's tests: `after(t)` moves the
// clock on, applies time's changes and presents what is due; `send` is a key's command.
#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "../support/fake_time.hpp"
#include "../support/temp_deck.hpp"
#include "core/event/event_show.hpp"

namespace lightning::testing {

inline CheckedTalk talk(const std::string& title, int slides, long long total_ms) {
    CheckedTalk checked;
    checked.talk.deck = "decks/" + title;
    checked.display_title = title;
    checked.display_speaker = "Speaker " + title;
    Deck deck;
    deck.title = title;
    for (int i = 0; i < slides; ++i) {
        const std::string name = std::to_string(i) + ".png";
        deck.slides.push_back(SlideEntry{name, name, {}, {}, 0});
    }
    TimingOverrides overrides;
    overrides.total = Millis{total_ms};
    checked.schedule = make_schedule(deck, overrides);
    checked.deck = deck;
    return checked;
}

inline CheckedTalk broken(const std::string& title) {
    CheckedTalk checked;
    checked.talk.deck = "decks/" + title;
    checked.display_title = title;
    checked.problem = "decks/" + title + ": no such folder";
    return checked;
}

// An event and the loop around it, as in test_stage.cpp.
struct EventRun {
    EventRun(Lineup lineup_in, std::vector<CheckedTalk> talks,
             std::function<CheckedTalk(size_t)> recheck = {},
             std::optional<size_t> resume_card = {})
        : lineup(std::move(lineup_in)) {
        clock.set(ms(1'000));
        EventSetup setup;
        setup.recheck = std::move(recheck);
        setup.resume_card = resume_card;
        setup.end_card = ms(2'000);
        setup.talk_log = [this](size_t index) -> LogOpener {
            return [this, index](WallTime start, LogProblem problem) {
                return std::make_unique<TalkLog>(
                    LogFile(folder.path() / ("talk" + std::to_string(index + 1) + "-" +
                                             std::to_string(++logs) + ".jsonl"),
                            {}),
                    start, std::move(problem));
            };
        };
        log.emplace(folder.path() / "event.jsonl", wall);
        show.emplace(lineup, std::move(talks), clock, wall, *log, std::move(setup));
        step();
    }
    void step() {
        show->update();
        show->presented(clock.now(), clock.now(), true);
        show->update();
    }
    void after(long long t) {
        clock.advance(ms(t));
        wall.advance(ms(t));
        step();
    }
    void send(Command command) {
        show->send(command, CommandSource::Key);
        step();
    }
    Card card() const { return show->screen_at(clock.now()).card; }
    std::vector<std::string> event_log() const {
        std::ifstream in(folder.path() / "event.jsonl");
        std::vector<std::string> kinds;
        for (std::string line; std::getline(in, line);)
            kinds.push_back(Json::parse(line)["event"].get<std::string>());
        return kinds;
    }

    TempDeck folder;
    int logs = 0;
    FakeClock clock;
    FakeWallClock wall;
    Lineup lineup;
    std::optional<EventLog> log;
    std::optional<EventShow> show;
};

inline Lineup named(std::string name) {
    Lineup lineup;
    lineup.name = std::move(name);
    return lineup;
}

}  // namespace lightning::testing
