#pragma once
// Whether a structurally whole PNG's pixel data will decode: its zlib stream (the IDAT chunks
// joined) inflates without error, its Adler-32 holds, it holds exactly the bytes the header
// promises for its size, colour type, bit depth and interlacing, and every row starts with a
// filter type 0..4. That is everything libpng checks of the pixel data, so a PNG that passes
// decodes. Costs an inflate (about 5 ms for a 1080p slide with libdeflate) and the raw pixel
// data's size in memory, reused between calls on one thread; a PNG whose raw data would take
// more than kMaxVerifiedPngBytes is not verified here (the caller decodes it instead, streamed).
#include <cstdint>
#include <span>
#include <string>

namespace lightning {

inline constexpr uint64_t kMaxVerifiedPngBytes = uint64_t{80} << 20;  // a 4K RGBA16 slide fits

struct PngPixelData {
    enum class Verdict { Decodes, Damaged, TooLarge };
    Verdict verdict = Verdict::Decodes;
    std::string problem;  // for Damaged: what is wrong, in words for the organizer
};

// `png`: the whole file, whose chunk structure has already been found sound (IHDR first, every
// chunk inside the file, the IDATs in one run).
PngPixelData verify_png_pixel_data(std::span<const uint8_t> png);

// The raw (filtered) pixel data's size for an IHDR: each row one filter byte and its pixels,
// each of the 7 Adam7 passes its own rows when interlaced. 0 for an invalid combination.
uint64_t png_raw_size(uint32_t width, uint32_t height, uint8_t depth, uint8_t colour,
                      bool interlaced);

}  // namespace lightning
