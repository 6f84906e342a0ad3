#include "shell/export/progress_bar.hpp"

#include <algorithm>

#include "core/time/time_text.hpp"

namespace lightning {

namespace {
constexpr Micros kTerminalEvery{250'000};
constexpr Micros kLogEvery{10'000'000};
constexpr int kBarCells = 24;
}  // namespace

ProgressBar::ProgressBar(const Clock& clock, long long total_frames, int fps, bool quiet,
                         std::FILE* out, bool terminal)
    : clock_(clock),
      total_(std::max(1LL, total_frames)),
      fps_(fps),
      quiet_(quiet),
      terminal_(terminal),
      out_(out),
      start_(clock.now()) {}

std::string ProgressBar::status(long long done, Micros elapsed) const {
    const double seconds = static_cast<double>(elapsed.count()) / 1e6;
    const double video = static_cast<double>(done) / fps_;
    const double speed = seconds > 0 ? video / seconds : 0;
    const int percent = static_cast<int>(done * 100 / total_);
    std::string bar;
    if (terminal_) {
        const int filled = static_cast<int>(done * kBarCells / total_);
        bar = "[" + std::string(static_cast<size_t>(filled), '#') +
              std::string(static_cast<size_t>(kBarCells - filled), '-') + "] ";
    }
    char text[160];
    if (done > 0 && speed > 0) {
        const double left = static_cast<double>(total_ - done) / fps_ / speed;
        std::snprintf(text, sizeof text, "%lld/%lld frames %3d%%  %.1fx realtime  %s left", done,
                      total_, percent, speed,
                      format_countdown(Millis{static_cast<long long>(left * 1000)}).c_str());
    } else {
        std::snprintf(text, sizeof text, "%lld/%lld frames %3d%%", done, total_, percent);
    }
    return bar + text;
}

void ProgressBar::update(long long done) {
    if (quiet_) return;
    const Micros now = clock_.now();
    const Micros every = terminal_ ? kTerminalEvery : kLogEvery;
    if (printed_ ? now - last_print_ < every : now - start_ < every) return;
    printed_ = true;
    last_print_ = now;
    const std::string line = status(done, now - start_);
    if (terminal_) {
        std::fprintf(out_, "\r\033[K%s", line.c_str());
        on_line_ = true;
    } else {
        std::fprintf(out_, "%s\n", line.c_str());
    }
    std::fflush(out_);
}

void ProgressBar::clear() {
    if (on_line_) std::fprintf(out_, "\r\033[K");
    on_line_ = false;
    std::fflush(out_);
}

void ProgressBar::finish(const std::string& what) {
    clear();
    if (quiet_) return;
    const Micros elapsed = clock_.now() - start_;
    const double seconds = static_cast<double>(elapsed.count()) / 1e6;
    const double video = static_cast<double>(total_) / fps_;
    std::fprintf(out_, "exported %lld frames (%s) in %.1f s, %.1fx realtime: %s\n", total_,
                 format_offset(Millis{static_cast<long long>(video * 1000 + 0.5)}).c_str(), seconds,
                 seconds > 0 ? video / seconds : 0.0, what.c_str());
    std::fflush(out_);
}

}  // namespace lightning
