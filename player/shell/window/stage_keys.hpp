#pragma once
// Which key does what. At home (rehearse) every key is the speaker's. On stage (play, event) the
// clock drives the slides, so the speaker's keys are locked, and the organizer's are deliberate
// ones: Esc must be held, pause needs Ctrl, blanking has its own letters.
#include <SDL.h>

namespace lightning {

enum class KeyAction {
    None,
    Quit,        // rehearse: Esc, Q
    Next,        // rehearse: mark the words done (paced) or the next slide (free)
    Back,        // rehearse --free: the previous slide
    Pause,       // rehearse: P; stage: Ctrl+P
    Restart,     // rehearse: R
    HoldToStop,  // stage: Esc pressed (it stops the talk if still held a second later)
    Black,       // stage: B or .
    White,       // stage: W or ,
    Locked,      // stage: a speaker's key (arrows, PageUp/PageDown, Space, Return, ...)
};

KeyAction rehearsal_key(const SDL_Keysym& key);
// Key repeats (a held key) do nothing on stage.
KeyAction stage_key(const SDL_KeyboardEvent& press);

}  // namespace lightning
