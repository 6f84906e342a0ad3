#include "core/deck/slot_readiness.hpp"

#include <cstdio>

namespace lightning {

Millis decode_lead(const Schedule& schedule, int k) {
    Millis lead{0};
    for (int before = std::max(0, k - 2); before < k; ++before)
        lead += schedule.slides[static_cast<size_t>(before)].duration;
    return lead;
}

std::optional<SlotReadiness> slot_readiness(const Schedule& schedule, int k, double decode_ms,
                                            const std::string& verb) {
    if (k <= 0 || k >= schedule.count()) return std::nullopt;  // the talk waits for slide 1
    const double lead_ms = static_cast<double>(decode_lead(schedule, k).count());
    const double slot_ms =
        static_cast<double>(schedule.slides[static_cast<size_t>(k)].duration.count());
    if (decode_ms <= lead_ms) return std::nullopt;
    char text[256];
    if (decode_ms >= lead_ms + slot_ms) {
        std::snprintf(text, sizeof text,
                      "takes about %.1f s to %s, longer than the %.1f s before its slot and its "
                      "own %.1f s: it would never be shown; export it smaller or simpler",
                      decode_ms / 1000, verb.c_str(), lead_ms / 1000, slot_ms / 1000);
        return SlotReadiness{SlotReadiness::Level::Error, text};
    }
    std::snprintf(text, sizeof text,
                  "takes about %.1f s to %s, longer than the %.1f s before its slot: it would "
                  "appear up to %.1f s late; export it smaller or simpler",
                  decode_ms / 1000, verb.c_str(), lead_ms / 1000, (decode_ms - lead_ms) / 1000);
    return SlotReadiness{SlotReadiness::Level::Warning, text};
}

}  // namespace lightning
