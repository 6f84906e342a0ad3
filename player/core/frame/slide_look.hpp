#pragma once
// A talk's look from its effective settings: the words and numbers the user wrote ("#ffffff",
// "huge", "bottom-left") turned into the values the painter draws with. Pure core.
#include <optional>
#include <string>

#include "core/config/settings.hpp"
#include "core/frame/screen.hpp"

namespace lightning {

// "#rrggbb" -> the colour; nullopt when it is not one.
std::optional<Rgb> parse_colour(const std::string& text);

// "top-left" ... -> the corner (top-right for anything else: the settings were checked).
Corner overlay_corner(const std::string& text);

// The look of a talk whose settings were resolved (and so already checked).
SlideLook slide_look(const Settings& settings);

// Relative luminance 0..1 of a colour (sRGB weights, no gamma: enough to tell dark from light).
double luminance(Rgb colour);

// What a slide's pixels show over a background (counted by shell/decode/slide_ink).
struct SlideInk {
    double transparent = 0;  // 0..1: how much of the slide is see-through (1 - mean alpha)
    double luminance = 0;    // 0..1: the mean luminance of what is not (0 when nothing is)
};

// True when the audience would see (almost) nothing: a slide mostly transparent whose visible
// pixels are dark, over a dark background (or one with no visible pixels at all).
bool looks_invisible(const SlideInk& ink, Rgb background);

}  // namespace lightning
