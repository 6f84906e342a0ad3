#pragma once
// The organizer's controls that a talk (Stage) and an event's cards (EventShow) share: blanking
// the audience's screen, holding Esc to stop, the keys help and the notice that a window close
// request was ignored. One state, one set of status lines and wake-ups, so a command does the
// same whichever show takes it (and whoever sends it: a key today, a phone or an AV desk next).
#include <optional>
#include <string>

#include "core/frame/screen.hpp"
#include "core/show/command.hpp"
#include "core/show/keymap.hpp"
#include "core/show/wake_up.hpp"
#include "core/time/clock.hpp"

namespace lightning {

inline constexpr Micros kHoldToStop{1'000'000};   // Esc held this long stops a talk
inline constexpr Micros kNoticeFor{3'000'000};    // "keys are locked", "hold Esc to stop"
inline constexpr Micros kKeysHelpFor{6'000'000};  // F1 / ?: the keys stay this long

class OrganizerControls {
public:
    // `stops`: what holding Esc does, for the status lines ("stop the talk", "end the session");
    // `mode`: the keymap whose keys the status lines name (never typed by hand).
    OrganizerControls(std::string stops, KeyMode mode) : stops_(std::move(stops)), mode_(mode) {}

    // Takes `command` at clock time `now` when it is one of these controls (the blanks, holding
    // Esc, the keys help); false for any other, which is the show's own.
    bool take(Command command, Micros now);
    // A window close request was ignored at `now`: the status line says how to stop instead.
    void close_request_ignored(Micros now) { close_request_at_ = now; }
    // True once, when Esc has been held long enough by `now`; the hold is then over.
    bool held_to_stop(Micros now);

    Blank blank() const { return blank_; }
    void unblank() { blank_ = Blank::None; }  // a new talk starts seen
    bool keys_up(Micros at) const { return at < keys_until_; }

    // The status line at `at` that comes before anything else (a hold under way, an ignored
    // close request), or "".
    std::string urgent_status(Micros at) const;
    // What the audience sees when it is blanked, or "".
    std::string blank_status() const;
    // When these controls next change what is shown (the hold's end, the help or notice going).
    void wake_ups(WakeUp& wake) const;

private:
    std::string stops_;
    KeyMode mode_;
    Blank blank_ = Blank::None;
    std::optional<Micros> hold_deadline_;  // Esc is held: stop at this clock time
    Micros keys_until_{0};                 // the keys help is up until then
    Micros close_request_at_{-kNoticeFor * 2};
};

}  // namespace lightning
