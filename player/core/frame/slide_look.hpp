#pragma once
// A talk's look from its effective settings: the words and numbers the user wrote ("#ffffff",
// "huge", "bottom-left") turned into the values the painter draws with. Pure core.
#include <array>
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

// WCAG 2 relative luminance 0..1 of a colour (sRGB decoded to linear light), and the contrast
// ratio of two such luminances (1 = the same, 21 = black on white). Readability is a matter of
// contrast with what is behind, not of darkness: dark grey on black and yellow on white are both
// unreadable.
double relative_luminance(Rgb colour);
double contrast_ratio(double luminance_a, double luminance_b);

// What a slide's pixels show over a background, whatever the background (counted by
// shell/decode/slide_ink through an InkCounter). `content[g]` is how much of the slide's area
// (weighted by alpha, 0..1) shows a colour as light as the grey (g, g, g): a histogram of the
// visible pixels' relative luminance, in sRGB steps so dark shades are told apart as finely as
// light ones. Its sum is 1 - transparent.
struct SlideInk {
    double transparent = 0;  // 0..1: how much of the slide is see-through (1 - mean alpha)
    std::array<double, 256> content{};
};

// Adds a slide's pixels one by one (any order); `colour` is the pixel's own (straight, not
// premultiplied) colour, `alpha` 0..1. Pixels with alpha 0 may be added or left out.
class InkCounter {
public:
    void add(Rgb colour, double alpha);
    // The ink of a slide of `pixels` pixels (all of them, transparent ones included).
    SlideInk finish(double pixels) const;

private:
    std::array<double, 256> content_{};
    double coverage_ = 0;
};

// Below this contrast ratio with the background, content cannot be read from a room. WCAG asks
// 3:1 even of large text; 2:1 is far laxer, and is where the earlier rule put "dark" on black
// (grey 64), so slides it warned about still warn.
inline constexpr double kReadableContrast = 2.0;

// 0..1: how much of what the slide shows (its visible pixels, weighted by alpha) has less than
// kReadableContrast with `background` (0 when nothing shows).
double unreadable_share(const SlideInk& ink, Rgb background);

// True when the audience would see (almost) nothing: a slide mostly transparent where most of
// what it shows (over three quarters) is too close to the background to read, or that shows
// nothing at all. A small bright logo on a slide of dark text over black does not clear it: the
// text is what the audience must read. Mostly opaque slides never warn: their own pixels show.
bool looks_invisible(const SlideInk& ink, Rgb background);

}  // namespace lightning
