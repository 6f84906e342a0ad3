#pragma once
// An event: many talks back to back on one projector, run by an organizer. Between talks the
// audience sees a title card (or a break's countdown, or a neutral card for a deck that cannot
// be played); the organizer starts, skips or goes back; each talk runs as a Stage on the hard
// clock with its own log; after the last talk a closing card stays until Esc is held.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/event/event_log.hpp"
#include "core/event/lineup.hpp"
#include "core/show/stage.hpp"

namespace lightning {

struct EventSetup {
    bool presenter = false;      // a presenter view is up
    bool sound = false;          // a gong at each talk's 0:00, tones at its thresholds
    Micros end_card{5'000'000};  // how long a talk's end card stays before the next card
    std::string version;
    // config.toml: with each deck's deck.toml [settings], a talk's look and thresholds, as in play
    // (none: the defaults).
    std::optional<std::filesystem::path> config;
    // Opens talk `talk`'s log (null: no logs).
    std::function<LogOpener(size_t talk)> talk_log;
    // A crashed event: this talk (0-based) goes on from its log without a title card.
    std::optional<size_t> resume_talk;
    std::function<std::optional<ResumeFrom>(size_t talk)> resume_from;
    // A session stopped between talks: it goes on at this talk's title card (after the breaks
    // that come before it); the talks' count: at the closing card.
    std::optional<size_t> resume_card;
    // Checks talk `talk` (0-based) again, as at the start (the shell: check_talk, which re-loads
    // its deck). Called each time its title card comes up: a deck deleted or broken since the
    // session started gets the neutral "being set up" card instead of a talk of placeholders,
    // and one fixed since then can run. Null: decks are checked only at the start.
    std::function<CheckedTalk(size_t talk)> recheck;
};

class EventShow final : public Show {
public:
    enum class Phase { Interlude, Talk, Closing };  // Interlude: a title, break or set-up card

    // `talks` are the lineup's talks, checked (check_lineup); `log` gets the event's lines.
    EventShow(const Lineup& lineup, std::vector<CheckedTalk> talks, const Clock& clock,
              const WallClock& wall, EventLog& log, EventSetup setup);

    void update() override;
    Screen screen_at(Micros at) const override;
    PresenterFrame presenter_at(Micros at) const override;
    Micros next_change(Micros after) const override;
    bool on_the_clock() const override { return stage_ && stage_->on_the_clock(); }
    void presented(Micros planned, Micros at, bool slide_ready) override;
    void set_bar_width(int width) override;
    KeyMode key_mode() const override;
    const Deck& deck() const override;
    int deck_generation() const override { return deck_generation_; }
    std::vector<int> wanted_slides() const override;
    LiveStatus live_status(Micros at) const override;
    std::vector<PhoneSheet> phone_sheets() const override;
    bool done() const override { return done_; }
    std::vector<std::string> take_messages() override;
    std::vector<Cue> take_cues() override;

    Phase phase() const { return phase_; }
    // The running order's entry the organizer is at (talks and breaks, in order).
    size_t cursor() const { return cursor_; }
    const Stage* stage() const { return stage_.get(); }
    // finished, quit, signal, closed.
    const std::string& end_reason() const { return end_reason_; }

protected:
    CommandOutcome command(Command command) override;
    void tell(std::string line) override { messages_.push_back(std::move(line)); }
    CommandOutcome extend(Micros by) override;

private:
    struct Entry {
        bool is_break = false;
        size_t index = 0;  // into talks_ or lineup_.breaks
        RunningOrderEntry::Status status = RunningOrderEntry::Status::Waiting;
        std::string result;
    };

    void go_to(size_t entry);
    void recheck_talk(size_t index);
    void start_talk(bool resuming);
    void talk_over();
    void skip_current(const std::string& why);
    void end_event(const std::string& reason);
    Card card_at(Micros at) const;
    // The break on screen's length, with what the organizer added to it.
    Micros break_length() const;
    // The break's time left at `at` (standing still while held); hold_break holds or releases it.
    Micros break_left(Micros at) const;
    void hold_break(Micros now);
    std::vector<RunningOrderEntry> running_order() const;
    std::optional<size_t> talk_at_cursor() const;

    const Lineup& lineup_;
    std::vector<CheckedTalk> talks_;
    std::vector<PreparedTalk> prepared_;  // per talk; empty deck for a broken one
    const Clock& clock_;
    const WallClock& wall_;
    EventLog& log_;
    EventSetup setup_;
    std::vector<Entry> entries_;
    Phase phase_ = Phase::Interlude;
    size_t cursor_ = 0;
    std::unique_ptr<Stage> stage_;
    std::optional<Micros> break_held_at_;  // the organizer holds the break (since then)
    Micros break_extra_{0};                // added to the break on screen (extend_break)
    Micros card_since_{0};  // clock time the current card came up (a break counts from it)
    WallTime card_since_wall_{};
    OrganizerControls controls_{"end the session", KeyMode::TitleCard};
    int bar_width_ = 0;
    int deck_generation_ = 0;
    bool done_ = false;
    std::string end_reason_;
    Deck empty_deck_;
    std::vector<std::string> messages_;
};

}  // namespace lightning
