#include "shell/app/check_progress.hpp"

#include <unistd.h>

#include <cstdio>

#include "core/log/printable.hpp"

namespace lightning {

namespace {
constexpr Micros kQuietFor = std::chrono::seconds(2);
constexpr Micros kEvery = std::chrono::seconds(1);
}  // namespace

CheckProgress::CheckProgress(std::string deck, int slides, const Clock& clock)
    : deck_(printable(std::move(deck))),
      slides_(slides),
      clock_(clock),
      started_(clock.now()),
      terminal_(::isatty(STDERR_FILENO) == 1) {}

CheckProgress::~CheckProgress() {
    if (printed_ && terminal_) std::fprintf(stderr, "\n");
}

void CheckProgress::slide_done() {
    const int done = ++done_;
    const Micros now = clock_.now();
    if (now - started_ < kQuietFor) return;
    std::lock_guard lock(print_mutex_);
    if (printed_ && now - printed_at_ < kEvery && done < slides_) return;
    printed_at_ = now;
    printed_ = true;
    std::fprintf(stderr, "%schecking %s: %d/%d slides%s", terminal_ ? "\r" : "", deck_.c_str(),
                 done, slides_, terminal_ ? "" : "\n");
    std::fflush(stderr);
}

}  // namespace lightning
