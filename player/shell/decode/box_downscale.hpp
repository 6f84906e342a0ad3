#pragma once
// Shrinks an image by a whole factor f (each f x f block becomes one pixel, its average) while its
// rows stream in, so a 4K slide never needs a full-size buffer: 4K to 1080p is exactly f = 2.
// Whatever is left of the fit (a fractional factor) is done by stb afterwards on the much smaller
// result.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace lightning {

class BoxDownscaler {
public:
    // Input rows are `width` RGBA pixels; the output is (width / f) x (height / f) RGBA, the
    // last partial block row/column dropped (at most f - 1 source pixels). Any order of the four
    // bytes works (each is averaged alone). The output goes to pixels(), or to `out` (rows
    // `out_pitch` bytes apart, owned by the caller) when given.
    BoxDownscaler(int width, int height, int factor, uint8_t* out = nullptr, size_t out_pitch = 0);

    int out_width() const { return out_w_; }
    int out_height() const { return out_h_; }
    // Feeds the next source row (RGBA, width pixels).
    void add_row(const uint8_t* rgba);
    // The finished output, RGBA, row stride out_width() * 4 (empty when written to `out`).
    const std::vector<uint8_t>& pixels() const { return out_; }

    // The largest whole factor that keeps the image at least target_w x target_h, so only a
    // fractional resize (up to 2x) is left for the high-quality filter.
    static int factor_for(int width, int height, int target_w, int target_h);

private:
    void add_row_halving(const uint8_t* rgba);

    int width_, factor_, out_w_, out_h_;
    int row_in_block_ = 0, out_row_ = 0;
    std::vector<uint32_t> sums_;       // per output pixel of the current block row: R, G, B, A
    std::vector<uint64_t> pair_sums_;  // factor 2: the same, four 16-bit sums in one word
    std::vector<uint8_t> out_;
    uint8_t* target_;  // out_'s data, or the caller's
    size_t pitch_;
};

}  // namespace lightning
