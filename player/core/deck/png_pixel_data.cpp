#include "core/deck/png_pixel_data.hpp"

#include <libdeflate.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace lightning {

namespace {

uint32_t be32(const uint8_t* p) {
    return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
}

int channels(uint8_t colour) {
    switch (colour) {
        case 0:
        case 3:
            return 1;
        case 4:
            return 2;
        case 2:
            return 3;
        case 6:
            return 4;
        default:
            return 0;
    }
}

// One pass of rows: `rows` rows of `row_bytes` bytes after each filter byte.
struct Pass {
    uint64_t rows = 0, row_bytes = 0;
};

// The passes of an image: one, or Adam7's seven (an empty pass has no rows at all, not even
// filter bytes).
std::vector<Pass> passes(uint32_t width, uint32_t height, uint64_t bits_per_pixel,
                         bool interlaced) {
    auto pass = [&](uint64_t w, uint64_t h) {
        return w == 0 || h == 0 ? Pass{} : Pass{h, (w * bits_per_pixel + 7) / 8};
    };
    if (!interlaced) return {pass(width, height)};
    static constexpr uint32_t x0[] = {0, 4, 0, 2, 0, 1, 0}, dx[] = {8, 8, 4, 4, 2, 2, 1};
    static constexpr uint32_t y0[] = {0, 0, 4, 0, 2, 0, 1}, dy[] = {8, 8, 8, 4, 4, 2, 2};
    std::vector<Pass> out;
    for (int p = 0; p < 7; ++p) {
        const uint64_t w = width > x0[p] ? (uint64_t{width} - x0[p] + dx[p] - 1) / dx[p] : 0;
        const uint64_t h = height > y0[p] ? (uint64_t{height} - y0[p] + dy[p] - 1) / dy[p] : 0;
        out.push_back(pass(w, h));
    }
    return out;
}

struct Decompressor {
    void operator()(libdeflate_decompressor* d) const { libdeflate_free_decompressor(d); }
};

PngPixelData damaged(std::string problem) {
    return {PngPixelData::Verdict::Damaged, std::move(problem)};
}

}  // namespace

uint64_t png_raw_size(uint32_t width, uint32_t height, uint8_t depth, uint8_t colour,
                      bool interlaced) {
    const int n = channels(colour);
    if (n == 0 || depth == 0 || width == 0 || height == 0) return 0;
    uint64_t total = 0;
    for (const Pass& p :
         passes(width, height, uint64_t{depth} * static_cast<uint64_t>(n), interlaced))
        total += p.rows * (1 + p.row_bytes);
    return total;
}

PngPixelData verify_png_pixel_data(std::span<const uint8_t> png) {
    // The chunks were walked before: IHDR is at byte 8, every length is inside the file.
    const uint8_t* ihdr = png.data() + 16;
    const uint32_t width = be32(ihdr), height = be32(ihdr + 4);
    const uint8_t depth = ihdr[8], colour = ihdr[9];
    const bool interlaced = ihdr[12] == 1;
    const uint64_t expected = png_raw_size(width, height, depth, colour, interlaced);
    if (expected == 0 || expected > kMaxVerifiedPngBytes)
        return {PngPixelData::Verdict::TooLarge, {}};

    // The IDAT chunks' data joined into one zlib stream (libdeflate inflates a whole buffer).
    thread_local std::vector<uint8_t> stream, raw;
    stream.clear();
    for (size_t at = 8; at + 12 <= png.size();) {
        const uint32_t length = be32(&png[at]);
        const uint8_t* type = &png[at + 4];
        if (std::equal(type, type + 4, "IDAT"))
            stream.insert(stream.end(), type + 4, type + 4 + length);
        else if (std::equal(type, type + 4, "IEND"))
            break;
        at += 12 + size_t{length};
    }
    // One byte more than expected, to tell "too much data" from "exactly right".
    raw.resize(static_cast<size_t>(expected) + 1);
    thread_local std::unique_ptr<libdeflate_decompressor, Decompressor> inflater(
        libdeflate_alloc_decompressor());
    if (!inflater) return {PngPixelData::Verdict::TooLarge, {}};  // no memory: let a decoder try
    size_t got = 0;
    const libdeflate_result result = libdeflate_zlib_decompress(
        inflater.get(), stream.data(), stream.size(), raw.data(), raw.size(), &got);
    if (result == LIBDEFLATE_INSUFFICIENT_SPACE || (result == LIBDEFLATE_SUCCESS && got > expected))
        return damaged("the pixel data (IDAT) holds more than the image's " +
                       std::to_string(width) + "x" + std::to_string(height) + " pixels");
    if (result != LIBDEFLATE_SUCCESS)
        return damaged(
            "the pixel data (IDAT) does not decompress, or fails its Adler-32 check: "
            "it was damaged before its chunks' CRCs were computed");
    if (got < expected)
        return damaged("the pixel data (IDAT) ends after " + std::to_string(got) + " of " +
                       std::to_string(expected) + " bytes: part of the image is missing");
    // A 4K RGBA slide's buffer is kept for the next slide; a larger one is given back.
    struct Trim {
        ~Trim() {
            if (raw.capacity() > (size_t{40} << 20)) std::vector<uint8_t>().swap(raw);
        }
    } trim;
    const int n = channels(colour);
    size_t at = 0;
    for (const Pass& p :
         passes(width, height, uint64_t{depth} * static_cast<uint64_t>(n), interlaced)) {
        for (uint64_t row = 0; row < p.rows; ++row, at += 1 + static_cast<size_t>(p.row_bytes))
            if (raw[at] > 4)
                return damaged("row " + std::to_string(row) +
                               " of the pixel data has an invalid filter type (" +
                               std::to_string(raw[at]) + ")");
    }
    return {};
}

}  // namespace lightning
