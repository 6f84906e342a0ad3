#include "shell/window/flip_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/log/printable.hpp"
#include "shell/platform/process_stats.hpp"

namespace lightning {

namespace {
double ms(Micros t) {
    return static_cast<double>(t.count()) / 1000.0;
}
}  // namespace

LatenessSummary summarize_lateness(const std::vector<TalkEvent>& events, int from_slide) {
    LatenessSummary summary;
    std::vector<double> late;
    for (const auto& event : events) {
        if (event.slide < from_slide) continue;
        if (event.kind == TalkEvent::Kind::Shown) {
            late.push_back(ms(event.late()));
            summary.final_drift_ms = late.back();
        } else if (event.kind == TalkEvent::Kind::Skipped) {
            ++summary.skipped;
        }
    }
    summary.shown = static_cast<int>(late.size());
    if (late.empty()) return summary;
    double sum = 0, sum_abs = 0;
    for (double v : late) {
        sum += v;
        sum_abs += std::fabs(v);
        summary.max_abs_ms = std::max(summary.max_abs_ms, std::fabs(v));
    }
    summary.mean_ms = sum / static_cast<double>(late.size());
    summary.mean_abs_ms = sum_abs / static_cast<double>(late.size());
    std::sort(late.begin(), late.end());
    // Nearest-rank percentiles.
    auto rank = [&](double p) {
        const auto index = static_cast<size_t>(std::ceil(p * static_cast<double>(late.size()))) - 1;
        return late[std::min(index, late.size() - 1)];
    };
    summary.p50_ms = rank(0.50);
    summary.p99_ms = rank(0.99);
    summary.max_ms = late.back();
    return summary;
}

void print_flip(const TalkEvent& event, const PreparedTalk& talk) {
    std::fprintf(stderr, "slide %d/%d %s due %.3f s shown %.3f s late %.2f ms\n", event.slide + 1,
                 talk.schedule.count(), printable(talk.deck.slides[event.slide].file).c_str(),
                 ms(event.due) / 1000.0, ms(event.at) / 1000.0, ms(event.late()));
}

void print_summary(const Talk& talk, Micros startup, const std::string& end_reason,
                   int from_slide) {
    for (const auto& event : talk.events())
        if (event.kind == TalkEvent::Kind::Skipped && event.slide >= from_slide)
            std::fprintf(stderr, "slide %d skipped (due %.3f s, the program was %.0f ms behind)\n",
                         event.slide + 1, ms(event.due) / 1000.0, ms(event.late()));
    const LatenessSummary s = summarize_lateness(talk.events(), from_slide);
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
