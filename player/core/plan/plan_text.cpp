#include "core/plan/plan_text.hpp"

#include <cstdio>

#include "core/time/time_text.hpp"

namespace lightning {

std::string plan_text(const std::string& title, const Plan& plan) {
    std::string out = "\"" + title + "\": plan from the median of " +
                      std::to_string(plan.runs_used) + " finished run(s), fitted to " +
                      format_offset(Millis{plan.total_ms}) + "\n\n";
    char line[512];
    std::snprintf(line, sizeof line, "%-5s %-24s %9s %9s %9s\n", "slide", "file", "now", "proposed",
                  "change");
    out += line;
    long long now_total = 0, proposed_total = 0;
    for (const auto& slide : plan.slides) {
        const std::string file =
            slide.file.size() > 24 ? slide.file.substr(0, 23) + "~" : slide.file;
        std::snprintf(line, sizeof line, "%-5d %-24s %9s %9s %9s%s\n", slide.slide, file.c_str(),
                      format_offset(Millis{slide.now_ms}).c_str(),
                      format_offset(Millis{slide.proposed_ms}).c_str(),
                      format_signed_seconds(Millis{slide.proposed_ms - slide.now_ms}).c_str(),
                      slide.flag.empty() ? "" : "  (kept: not timed)");
        out += line;
        now_total += slide.now_ms;
        proposed_total += slide.proposed_ms;
    }
    std::snprintf(line, sizeof line, "%-5s %-24s %9s %9s %9s\n", "total", "",
                  format_offset(Millis{now_total}).c_str(),
                  format_offset(Millis{proposed_total}).c_str(),
                  format_signed_seconds(Millis{proposed_total - now_total}).c_str());
    out += line;
    for (const auto& warning : plan.warnings) out += "warning: " + warning + "\n";
    return out;
}

std::string advice_text(const std::string& title, const std::string& format,
                        const SlotAdvice& advice) {
    std::string out = "\"" + title + "\" is " + format +
                      ": every slide keeps its fixed time, so there is no plan to fit. From the "
                      "median of " +
                      std::to_string(advice.runs_used) + " finished run(s):\n";
    for (const auto& line : advice.lines) out += "  " + line + "\n";
    if (advice.lines.empty()) out += "  every slide's words are within 0.5 s of its slot\n";
    for (const auto& warning : advice.warnings) out += "warning: " + warning + "\n";
    return out;
}

}  // namespace lightning
