#include "shell/window/flip_report.hpp"

#include <cstdio>

#include "core/log/printable.hpp"
#include "core/show/lateness.hpp"
#include "shell/platform/process_stats.hpp"

namespace lightning {

namespace {
double ms(Micros t) {
    return static_cast<double>(t.count()) / 1000.0;
}
}  // namespace

void print_flip(const Flip& event, const PreparedTalk& talk) {
    std::fprintf(stderr, "slide %d/%d %s due %.3f s shown %.3f s late %.2f ms\n", event.slide + 1,
                 talk.schedule.count(), printable(talk.deck.slides[event.slide].file).c_str(),
                 ms(event.due) / 1000.0, ms(event.at) / 1000.0, ms(event.late()));
}

void print_summary(const std::vector<Flip>& flips, Micros startup, const std::string& end_reason) {
    for (const auto& event : flips)
        if (event.kind == Flip::Kind::Skipped)
            std::fprintf(stderr, "slide %d skipped (due %.3f s, the program was %.0f ms behind)\n",
                         event.slide + 1, ms(event.due) / 1000.0, ms(event.late()));
    const LatenessSummary s = summarize_lateness(flips);
    const ProcessStats stats = process_stats();
    std::fprintf(stderr,
                 "summary: end=%s startup=%.1fms shown=%d skipped=%d late_p50=%.2fms "
                 "late_p99=%.2fms late_max=%.2fms late_mean=%.2fms error_mean=%.2fms "
                 "error_max=%.2fms drift=%.2fms peak_rss=%.1fMB cpu=%.2fs\n",
                 end_reason.empty() ? "finished" : end_reason.c_str(), ms(startup), s.shown,
                 s.skipped, s.p50_ms, s.p99_ms, s.max_ms, s.mean_ms, s.mean_abs_ms, s.max_abs_ms,
                 s.final_drift_ms, stats.peak_rss_mb, stats.cpu_seconds);
}

}  // namespace lightning
