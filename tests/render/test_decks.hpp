#pragma once
// Real image decks for render tests: solid-colour slides written with stb_image_write, and a
// PNG reader to check the pixels lightning wrote.
#include <ostream>
#include <string>
#include <vector>

#include "../support/temp_deck.hpp"

namespace lightning::testing {

struct Colour {
    int r, g, b;
    bool operator==(const Colour&) const = default;
};

inline std::ostream& operator<<(std::ostream& out, const Colour& c) {
    return out << "rgb(" << c.r << "," << c.g << "," << c.b << ")";
}

// A distinct, saturated colour for slide index k.
Colour slide_colour(int k);

// Writes a solid-colour width x height image at `path` (PNG, or JPEG for .jpg/.jpeg names).
void write_solid_image(const std::filesystem::path& path, Colour colour, int width = 160,
                       int height = 90);

// Writes a width x height RGBA PNG: transparent everywhere except a centred opaque square of
// `colour`, a quarter of the height wide (a logo on a transparent slide).
void write_transparent_image(const std::filesystem::path& path, Colour colour, int width = 160,
                             int height = 90);

// Writes a width x height RGBA PNG like a PechaKucha slide exported with a see-through
// background: six lines of "text" (strokes of `text`, 2 px on, 1 off) and a small opaque `logo`
// square in the top-left corner, everything else fully transparent (about 96 % at 1280x720).
void write_text_slide(const std::filesystem::path& path, Colour text, Colour logo, int width = 1280,
                      int height = 720);

// A PNG loaded back for inspection.
struct Picture {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba;
    Colour at(int x, int y) const;
};
Picture read_png(const std::filesystem::path& path);

// True when two colours differ by at most `tolerance` in each channel.
bool near(Colour a, Colour b, int tolerance = 2);

}  // namespace lightning::testing
