#pragma once
// Paced rehearsal marks: the speaker presses a key when the words for a slide are done. A mark
// before the slide's flip is slack (negative "over"); a mark after it, while the next slide is
// up, belongs to the slide before and is an overrun. A slide whose window closes unmarked (two
// flips later, or the end of the run) is missed: it overran by at least the window's length.
#include <optional>
#include <string>
#include <vector>

#include "core/time/clock.hpp"
#include "core/time/schedule.hpp"

namespace lightning {

class MarkBook {
public:
    explicit MarkBook(const Schedule& schedule);

    struct Result {
        int slide;            // 0-based
        Millis over;          // > 0 overrun, < 0 slack, relative to the slide's planned end
        bool reached = true;  // false: the run ended before the slide's planned end (never timed)
    };
    // A mark at talk time `at` while slide `current` is due (count() once ended). Nothing when
    // both the previous and the current slide are already marked (an extra press).
    std::optional<Result> mark(int current, Micros at);
    // Slides whose window has closed unmarked now that `current` is due, each returned once.
    // At the end of a run (`run_over`), every unmarked slide closes, at time `at`; one whose
    // planned end had not come yet is not reached (quit or restart early), not missed.
    std::vector<Result> close_windows(int current, Micros at, bool run_over = false);

    // What the overlay says now: "+2.1 s" while the previous slide's words run over, or the
    // slack of a slide marked early ("-1.3 s"), which lasts until the next flip.
    struct Note {
        std::string text;
        bool over = false;
        int slide = -1;  // the slide it is about: the previous one while its words run over
    };
    std::optional<Note> note(int current, Micros at) const;

    std::optional<Millis> over(int slide) const { return over_[static_cast<size_t>(slide)]; }
    void reset();

private:
    bool open(int slide) const;

    const Schedule& schedule_;
    std::vector<std::optional<Millis>> over_;
    std::vector<bool> closed_;
};

// "+2.1 s", "-0.4 s"
std::string format_over(Micros over);

}  // namespace lightning
