#include "core/frame/slide_look.hpp"

#include <algorithm>
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

namespace {

// One sRGB channel 0..1 to linear light (the sRGB standard's curve, as WCAG uses).
double linear(double channel) {
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

// The inverse: linear light 0..1 to sRGB 0..1.
double encoded(double light) {
    return light <= 0.0031308 ? light * 12.92 : 1.055 * std::pow(light, 1 / 2.4) - 0.055;
}

double relative_luminance(double r, double g, double b) {
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

}  // namespace

double relative_luminance(Rgb colour) {
    return relative_luminance(colour.r / 255.0, colour.g / 255.0, colour.b / 255.0);
}

double contrast_ratio(double luminance_a, double luminance_b) {
    return (std::max(luminance_a, luminance_b) + 0.05) /
           (std::min(luminance_a, luminance_b) + 0.05);
}

void InkCounter::add(Rgb colour, double alpha) {
    if (alpha <= 0) return;
    const double grey = encoded(relative_luminance(colour));
    content_[static_cast<size_t>(std::clamp(std::lround(grey * 255), 0L, 255L))] += alpha;
    coverage_ += alpha;
}

SlideInk InkCounter::finish(double pixels) const {
    SlideInk ink;
    if (pixels <= 0) return ink;
    ink.transparent = std::clamp(1.0 - coverage_ / pixels, 0.0, 1.0);
    for (size_t g = 0; g < ink.content.size(); ++g) ink.content[g] = content_[g] / pixels;
    return ink;
}

double unreadable_share(const SlideInk& ink, Rgb background) {
    const double behind = relative_luminance(background);
    double shown = 0, unreadable = 0;
    for (size_t g = 0; g < ink.content.size(); ++g) {
        if (ink.content[g] <= 0) continue;
        shown += ink.content[g];
        const double grey = static_cast<double>(g) / 255;
        if (contrast_ratio(relative_luminance(grey, grey, grey), behind) < kReadableContrast)
            unreadable += ink.content[g];
    }
    return shown > 0 ? unreadable / shown : 0;
}

bool looks_invisible(const SlideInk& ink, Rgb background) {
    constexpr double kMostlyTransparent = 0.5, kMostlyUnreadable = 0.75;
    if (ink.transparent < kMostlyTransparent) return false;
    if (ink.transparent >= 0.999) return true;  // nothing but the background shows
    return unreadable_share(ink, background) > kMostlyUnreadable;
}

}  // namespace lightning
