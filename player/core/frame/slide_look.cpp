#include "core/frame/slide_look.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace lightning {

std::optional<Rgb> parse_colour(const std::string& text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    for (size_t i = 1; i < text.size(); ++i)
        if (!std::isxdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
    const auto channel = [&](size_t at) {
        return static_cast<unsigned char>(std::strtoul(text.substr(at, 2).c_str(), nullptr, 16));
    };
    return Rgb{channel(1), channel(3), channel(5)};
}

Corner overlay_corner(const std::string& text) {
    if (text == "top-left") return Corner::TopLeft;
    if (text == "bottom-right") return Corner::BottomRight;
    if (text == "bottom-left") return Corner::BottomLeft;
    return Corner::TopRight;
}

SlideLook slide_look(const Settings& settings) {
    SlideLook look;
    look.background = parse_colour(settings.background.value).value_or(Rgb{});
    look.overlay.corner = overlay_corner(settings.overlay_corner.value);
    look.overlay.scale = overlay_scale(settings.overlay_size.value).value_or(1.0);
    return look;
}

double luminance(Rgb colour) {
    return (0.2126 * colour.r + 0.7152 * colour.g + 0.0722 * colour.b) / 255.0;
}

bool looks_invisible(const SlideInk& ink, Rgb background) {
    // "Dark": below a quarter of white, where dark grey on black is hard to read from a room.
    constexpr double kMostly = 0.5, kDark = 0.25;
    if (ink.transparent < kMostly) return false;
    if (ink.transparent >= 0.999) return true;  // nothing but the background shows
    return ink.luminance < kDark && luminance(background) < kDark;
}

}  // namespace lightning
