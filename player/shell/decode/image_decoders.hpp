#pragma once
// Fast paths for the two formats slides come in: PNG rows stream through a box filter (no
// full-size buffer for a 4K slide), JPEG decodes at 1/2, 1/4 or 1/8 size inside libjpeg-turbo's
// DCT. Both read the header first and refuse absurd sizes before allocating pixel memory.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "shell/decode/slide_image.hpp"

namespace lightning {

struct ReducedImage {
    enum class Outcome { Decoded, Refused, NotHandled };
    Outcome outcome = Outcome::NotHandled;  // NotHandled: let SDL_image try (and explain)
    // The pixels, width * height * 4 bytes in the order asked, in one of two places: `surface`
    // when the whole-factor reduction already gave the fitted size (decoded straight into the
    // slide's own surface: no copy left to make), else `rgba`, for the last fractional resize.
    std::vector<uint8_t> rgba;
    SurfacePtr surface;
    bool opaque = false;        // no alpha in the file: every pixel's alpha is 255
    int width = 0, height = 0;  // after reduction (>= the fitted size)
    int source_width = 0, source_height = 0;
    std::string problem;  // for Refused
};

// Decodes `file` reduced by whole factors towards fitting box_w x box_h (never below it).
// Stops between rows when `abandoned` (may be null) turns true (Refused, "abandoned").
// JPEGs in CMYK or YCCK (print exports) come out as RGB, Adobe's inverted CMYK included.
ReducedImage decode_png_reduced(const std::filesystem::path& file, int box_w, int box_h,
                                const std::atomic<bool>* abandoned = nullptr,
                                PixelOrder order = PixelOrder::Rgba);
ReducedImage decode_jpeg_reduced(const std::filesystem::path& file, int box_w, int box_h,
                                 const std::atomic<bool>* abandoned = nullptr,
                                 PixelOrder order = PixelOrder::Rgba);

// The refusal message for an image of width x height, or empty when it is acceptable.
std::string size_refusal(long long width, long long height);

}  // namespace lightning
