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
// Formats that cannot stream their rows (interlaced PNG, WebP, GIF, BMP, TIFF, ...) are decoded
// whole and converted, two to three copies of 4 bytes a pixel: past this they would take over a
// gigabyte and seconds on a laptop, and are refused (a 7680x4320 picture is 33 million).
inline constexpr long long kMaxWholeSlidePixels = 40'000'000;

// The byte order a slide is decoded in. Rgba (SDL_PIXELFORMAT_RGBA32) for what reads the bytes
// (check's ink measure, PNG files); Screen for what becomes a texture: B, G, R, A in memory, a
// window surface's own order, and no alpha channel at all for an opaque image (JPEG, PNG without
// alpha): its texture is made by a plain copy and drawn by a plain copy, never blended.
enum class PixelOrder { Rgba, Screen };

struct DecodedSlide {
    SurfacePtr pixels;     // already scaled to fit the box, in the order asked; null when it failed
    int source_width = 0;  // the file's own size
    int source_height = 0;
    std::string problem;         // why it failed, in words for the placeholder ("not a PNG file")
    bool from_prepared = false;  // read back from the prepared-slides folder, not decoded
    bool kept = false;           // decoded and kept in the prepared-slides folder (now)
};

// The size an image of width x height takes when fitted into box_w x box_h, aspect kept.
SDL_Rect fit_into(int width, int height, int box_w, int box_h);

// Reads, checks, decodes and scales one slide to fit box_w x box_h (high-quality filter).
// `abandoned` (may be null) turning true makes a PNG or JPEG decode stop early (the loader no
// longer wants it); the result is then meaningless. `read_through` (may be null) is where the
// bytes are read (a PinnedFile's reopen_path(), so that every open reads the same file); `file`
// still names it (a TGA is known by its extension).
DecodedSlide decode_slide(const std::filesystem::path& file, int box_w, int box_h,
                          const std::atomic<bool>* abandoned = nullptr,
                          PixelOrder order = PixelOrder::Rgba,
                          const std::filesystem::path* read_through = nullptr);

// A surface for decoded pixels: RGBA32, or for PixelOrder::Screen ARGB8888 (XRGB8888 when
// `opaque`). Throws SdlError when there is no memory for it.
SurfacePtr make_slide_surface(int width, int height, PixelOrder order, bool opaque);

}  // namespace lightning
