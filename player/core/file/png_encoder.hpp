#pragma once
// RGBA pixels to an opaque RGB PNG in memory, compressed with libdeflate: import writes a picture
// a slide, and stb's encoder spent 60% of a 20-slide import in its own zlib (6.4 s at 1080p).
// Each row is filtered "Up" (the difference to the row above), which flat slide backgrounds and
// text compress well with and costs one subtraction a byte. Alpha is dropped: PDF pages are
// drawn on white.
#include <cstdint>
#include <span>
#include <string>

namespace lightning {

// `rgba`: width * height * 4 bytes, rows packed. Returns the PNG file's bytes.
std::string encode_png_rgb(std::span<const std::uint8_t> rgba, int width, int height);

}  // namespace lightning
