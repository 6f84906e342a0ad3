#pragma once
// One SDL event, as the show loop needs it: input becomes a command to the show (through the
// keymaps), a display or window change rebuilds or repaints the windows, a decoded slide wakes the
// loop. What any of it means for the talk is the show's to decide.
#include <SDL.h>

#include <functional>

#include "core/show/show.hpp"
#include "core/time/clock.hpp"
#include "shell/window/deck_window.hpp"

namespace lightning {

enum class EventOutcome {
    Nothing,  // keep waiting
    Replan,   // a slide arrived: plan the next screen again
    Command,  // the show took a command: show its effect at once
    Repaint,  // the windows lost their pixels or changed size: draw everything again
};

EventOutcome handle_window_event(const SDL_Event& event, Show& show, DeckWindow& audience,
                                 DeckWindow* presenter, Uint32 loaded_event);

// Sleeps until `until` (clock time; Micros::max(): until an event or a stop signal), passing each
// SDL event to `keep_waiting`. Returns true at `until`; false as soon as `keep_waiting` says no,
// or when a wait with no end is woken by a signal (the loop re-plans then).
bool wait_for_events(const Clock& clock, Micros until,
                     const std::function<bool(const SDL_Event&)>& keep_waiting);

}  // namespace lightning
