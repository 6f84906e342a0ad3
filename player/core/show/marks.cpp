#include "core/show/marks.hpp"

#include <cmath>
#include <cstdio>

#include "core/time/time_text.hpp"

namespace lightning {

MarkBook::MarkBook(const Schedule& schedule) : schedule_(schedule) {
    reset();
}

void MarkBook::reset() {
    over_.assign(static_cast<size_t>(schedule_.count()), std::nullopt);
    closed_.assign(static_cast<size_t>(schedule_.count()), false);
}

bool MarkBook::open(int slide) const {
    return slide >= 0 && slide < schedule_.count() && !over_[static_cast<size_t>(slide)] &&
           !closed_[static_cast<size_t>(slide)];
}

namespace {
Millis ms_between(Micros at, Millis end) {
    return std::chrono::duration_cast<Millis>(at - Micros{end});
}
}  // namespace

std::optional<MarkBook::Result> MarkBook::mark(int current, Micros at) {
    for (int slide : {current - 1, current}) {
        if (!open(slide)) continue;
        const Millis over = ms_between(at, schedule_.end_of(slide));
        over_[static_cast<size_t>(slide)] = over;
        return Result{slide, over};
    }
    return std::nullopt;
}

std::vector<MarkBook::Result> MarkBook::close_windows(int current, Micros at, bool run_over) {
    std::vector<Result> closed;
    const int last = run_over ? schedule_.count() - 1 : current - 2;
    for (int slide = 0; slide <= last && slide < schedule_.count(); ++slide) {
        if (!open(slide)) continue;
        closed_[static_cast<size_t>(slide)] = true;
        if (run_over && at < Micros{schedule_.end_of(slide)}) {
            closed.push_back({slide, Millis{0}, false});
            continue;
        }
        // Its words ran at least until the window closed: the next slide's end, or now.
        const bool next_ended = slide + 1 < schedule_.count() && slide + 1 < current;
        const Millis over = next_ended
                                ? schedule_.end_of(slide + 1) - schedule_.end_of(slide)
                                : std::max(Millis{0}, ms_between(at, schedule_.end_of(slide)));
        closed.push_back({slide, over, true});
    }
    return closed;
}

std::optional<MarkBook::Note> MarkBook::note(int current, Micros at) const {
    if (open(current - 1) && current - 1 < schedule_.count())
        return Note{format_over(at - Micros{schedule_.end_of(current - 1)}), true, current - 1};
    if (current >= 0 && current < schedule_.count())
        if (const auto over = over_[static_cast<size_t>(current)])
            return Note{format_over(Micros{*over}), over->count() > 0, current};
    return std::nullopt;
}

std::string format_over(Micros over) {
    // Whole milliseconds first (toward zero), then the one rounding rule of time_text.
    return format_signed_seconds(std::chrono::duration_cast<Millis>(over));
}

}  // namespace lightning
