#include "core/frame/screen.hpp"

namespace lightning {

bool only_countdown_differs(const Screen& a, const Screen& b) {
    const auto* slide_a = std::get_if<SlideCard>(&a.card);
    const auto* slide_b = std::get_if<SlideCard>(&b.card);
    if (!slide_a || !slide_b || !slide_a->overlay || !slide_b->overlay) return false;
    if (a.blank != b.blank || a.help != b.help) return false;
    SlideCard panel_neutral = *slide_b;
    panel_neutral.countdown = slide_a->countdown;
    return panel_neutral == *slide_a;
}

std::optional<int> slide_of(const Screen& screen) {
    if (const auto* slide = std::get_if<SlideCard>(&screen.card)) return slide->slide;
    return std::nullopt;
}

bool has_note(const Screen& screen) {
    const auto* slide = std::get_if<SlideCard>(&screen.card);
    return slide && !slide->note.empty();
}

}  // namespace lightning
