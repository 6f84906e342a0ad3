#pragma once
// Sound cues a running talk emits, and when: the stage asks a CueTracker after each step and
// hands what it returns to the shell's SoundCues (shell/platform/sound_cues.hpp). Pure core.
#include <vector>

#include "core/time/clock.hpp"

namespace lightning {

// Tick: a slide changed (rehearse). Warn / Danger: the talk's time left reached the warn /
// danger threshold. Gong: the time is up (0:00; an event's talk ends on it).
enum class Cue { Tick, Warn, Danger, Gong };

// Remembers the last slide and time left it saw, and says which cues the next one crosses.
// Crossing is by instants, so a stall that jumps over a threshold still sounds it once, and
// going back (restart) re-arms the thresholds above the new time left.
class CueTracker {
public:
    // warn/danger: the thresholds (time left, ms); ticks: a tick per slide change.
    CueTracker(Millis warn, Millis danger, bool ticks)
        : warn_(warn), danger_(danger), ticks_(ticks) {}

    // `slide`: the slide on screen; `left`: the talk's time left (<= 0 once over). The first
    // call only sets the starting point (no tick for the first slide), unless a threshold is
    // already passed then (a talk resumed late sounds nothing for what was before).
    std::vector<Cue> step(int slide, Millis left);

private:
    Millis warn_;
    Millis danger_;
    bool ticks_;
    bool started_ = false;
    int slide_ = 0;
    Millis left_{0};
};

}  // namespace lightning
