#include "core/show/cue.hpp"

namespace lightning {

std::vector<Cue> CueTracker::step(int slide, Millis left) {
    std::vector<Cue> cues;
    if (!started_) {
        started_ = true;
        slide_ = slide;
        left_ = left;
        return cues;
    }
    // Reached: it was above the line and is now at or below it.
    const auto reached = [&](Millis line) { return left_ > line && left <= line; };
    if (ticks_ && slide != slide_ && left > Millis{0}) cues.push_back(Cue::Tick);
    // When one step crosses several lines only the most urgent sounds: a stall that jumps from
    // 1:10 to 0:20 plays the danger tone, not warn and danger on top of each other.
    if (reached(Millis{0}))
        cues.push_back(Cue::Gong);
    else if (reached(danger_))
        cues.push_back(Cue::Danger);
    else if (reached(warn_))
        cues.push_back(Cue::Warn);
    slide_ = slide;
    left_ = left;
    return cues;
}

}  // namespace lightning
