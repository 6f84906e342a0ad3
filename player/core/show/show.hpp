#pragma once
// What the window loop drives: one talk (Stage) or an event of many (EventShow). The loop turns
// input into commands, asks when the picture next changes, presents the screen the show
// describes for that instant, and says when it reached the display. Everything a person can
// change is decided here, on injected clocks, so tests run whole talks and events without SDL.
// All times are clock times (Clock::now()'s microseconds).
#include <string>
#include <utility>
#include <vector>

#include "core/deck/deck.hpp"
#include "core/frame/presenter_frame.hpp"
#include "core/frame/screen.hpp"
#include "core/remote/live_status.hpp"
#include "core/remote/phone_links.hpp"
#include "core/remote/phone_sheet.hpp"
#include "core/show/command.hpp"
#include "core/show/cue.hpp"
#include "core/show/keymap.hpp"
#include "core/time/clock.hpp"

namespace lightning {

class Show {
public:
    virtual ~Show() = default;

    // The one way in for a command, from the keys, a phone or an OSC desk alike: a remote may
    // send only the organizer's commands (remote_may_send); the show then applies the command
    // if its current state allows it, or ignores it whole and says why. A remote's ignored
    // command is also told on the terminal (and so the run's messages), as a key's is not: a
    // locked key on stage is normal, an AV desk's refused command is worth knowing.
    CommandOutcome send(Command command, CommandSource source);
    // Extends the break on screen by `by` (an organizer's remote: "5 more minutes"); ignored,
    // and told like a remote's command, when no break is on.
    CommandOutcome extend_break(Micros by, CommandSource source);
    // Applies what time alone changes (a held Esc's second, an end card's linger, a break's end).
    virtual void update() = 0;

    // The audience screen and the presenter view at clock time `at` (now or a moment ahead).
    virtual Screen screen_at(Micros at) const = 0;
    virtual PresenterFrame presenter_at(Micros at) const = 0;
    // The first clock time after `after` at which either may change, or a wake-up the show
    // needs (Micros::max(): nothing until a command).
    virtual Micros next_change(Micros after) const = 0;
    // True when the screen for `next_change` must land on its instant (a talk's flips); false
    // when a moment late does not matter (cards, a waiting start).
    virtual bool on_the_clock() const = 0;
    // The screen for clock time `planned` reached the display at `at`; `slide_ready` is false
    // when it had to go up without its slide's pixels (still decoding).
    virtual void presented(Micros planned, Micros at, bool slide_ready) = 0;

    // The width in pixels of the audience screen's progress bar (its layout is the painter's).
    virtual void set_bar_width(int width) = 0;
    // Which keymap applies now.
    virtual KeyMode key_mode() const = 0;
    // The deck on screen now (an event changes it; `deck_generation` counts the changes), and
    // the slides to keep decoded, most wanted first.
    virtual const Deck& deck() const = 0;
    virtual int deck_generation() const = 0;
    virtual std::vector<int> wanted_slides() const = 0;

    // What a remote follower (OSC, a phone) is told at clock time `at`.
    virtual LiveStatus live_status(Micros at) const = 0;
    // What a phone is told of each talk of the lineup (a play: one), once at its start.
    virtual std::vector<PhoneSheet> phone_sheets() const = 0;

    virtual bool done() const = 0;
    // Lines for the terminal (stderr) since the last call: log places, problems, requests.
    virtual std::vector<std::string> take_messages() = 0;
    // Sound cues due since the last call (a slide change, a threshold, 0:00); none unless asked.
    virtual std::vector<Cue> take_cues() = 0;

    // The phone's URLs (--phone), given once its server is up: each title card then carries its
    // talk's speaker URL, and the presenter view the URL of the talk on stage or next, drawn as
    // QR codes. Without them (no --phone) nothing of the phone is drawn.
    void set_phone_links(PhoneLinks links) { phone_links_ = std::move(links); }

protected:
    // What `command` does in the current state (see send). Sent through send only.
    virtual CommandOutcome command(Command command) = 0;
    // What extend_break does in the current state (only an event's break takes it).
    virtual CommandOutcome extend(Micros) { return CommandOutcome::ignored("no break is on"); }
    // A line for the terminal (take_messages).
    virtual void tell(std::string line) = 0;
    // The speaker URL of talk `talk` (0-based in the lineup; a play's talk is 0), empty without
    // one.
    const std::string& speaker_link(size_t talk) const;

    PhoneLinks phone_links_;
};

}  // namespace lightning
