#pragma once
// Turning a slide file into pixels the size they will be shown at. Runs on any thread: it only
// touches surfaces, never a renderer.
#include <atomic>
#include <filesystem>
#include <string>

#include "shell/platform/sdl_handles.hpp"

namespace lightning {

// Images larger than this are refused before decoding (a header can claim 100000x100000).
inline constexpr long long kMaxSlidePixels = 120'000'000;  // e.g. 12000 x 10000
inline constexpr int kMaxSlideSide = 20'000;

struct DecodedSlide {
    SurfacePtr pixels;     // RGBA, already scaled to fit the box; null when it failed
    int source_width = 0;  // the file's own size
    int source_height = 0;
    std::string problem;  // why it failed, in words for the placeholder ("not a PNG file")
};

// The size an image of width x height takes when fitted into box_w x box_h, aspect kept.
SDL_Rect fit_into(int width, int height, int box_w, int box_h);

// Reads, checks, decodes and scales one slide to fit box_w x box_h (high-quality filter).
// `abandoned` (may be null) turning true makes a PNG or JPEG decode stop early (the loader no
// longer wants it); the result is then meaningless.
DecodedSlide decode_slide(const std::filesystem::path& file, int box_w, int box_h,
                          const std::atomic<bool>* abandoned = nullptr);

}  // namespace lightning
