#include "core/file/png_encoder.hpp"

#include <libdeflate.h>

#include <memory>
#include <stdexcept>
#include <vector>

namespace lightning {

namespace {

struct CompressorFree {
    void operator()(libdeflate_compressor* compressor) const {
        libdeflate_free_compressor(compressor);
    }
};

void put_u32(std::string& out, std::uint32_t value) {
    out += static_cast<char>(value >> 24);
    out += static_cast<char>((value >> 16) & 0xFF);
    out += static_cast<char>((value >> 8) & 0xFF);
    out += static_cast<char>(value & 0xFF);
}

// A chunk: length, type, data, and the CRC-32 of type and data.
void put_chunk(std::string& out, const char* type, const std::string& data) {
    put_u32(out, static_cast<std::uint32_t>(data.size()));
    const size_t type_at = out.size();
    out.append(type, 4);
    out += data;
    const std::uint32_t crc = libdeflate_crc32(0, out.data() + type_at, out.size() - type_at);
    put_u32(out, crc);
}

}  // namespace

std::string encode_png_rgb(std::span<const std::uint8_t> rgba, int width, int height) {
    const auto w = static_cast<size_t>(width), h = static_cast<size_t>(height);
    if (width <= 0 || height <= 0 || rgba.size() != w * h * 4)
        throw std::invalid_argument("encode_png_rgb: the pixels are not width x height RGBA");
    // Filtered rows: a filter byte, then R G B for each pixel.
    const size_t stride = 1 + w * 3;
    std::vector<std::uint8_t> raw(stride * h);
    for (size_t y = 0; y < h; ++y) {
        std::uint8_t* row = raw.data() + y * stride;
        row[0] = y == 0 ? 0 : 2;  // None for the first row, Up for the others
        const std::uint8_t* pixel = rgba.data() + y * w * 4;
        const std::uint8_t* above = y == 0 ? nullptr : rgba.data() + (y - 1) * w * 4;
        for (size_t x = 0; x < w; ++x)
            for (size_t c = 0; c < 3; ++c) {
                const std::uint8_t value = pixel[x * 4 + c];
                row[1 + x * 3 + c] =
                    above ? static_cast<std::uint8_t>(value - above[x * 4 + c]) : value;
            }
    }
    const std::unique_ptr<libdeflate_compressor, CompressorFree> compressor(
        libdeflate_alloc_compressor(6));
    if (!compressor) throw std::runtime_error("encode_png_rgb: out of memory");
    std::string idat(libdeflate_zlib_compress_bound(compressor.get(), raw.size()), '\0');
    const size_t packed = libdeflate_zlib_compress(compressor.get(), raw.data(), raw.size(),
                                                   idat.data(), idat.size());
    if (packed == 0) throw std::runtime_error("encode_png_rgb: compression failed");
    idat.resize(packed);

    std::string png("\x89PNG\r\n\x1a\n", 8);
    std::string header;
    put_u32(header, static_cast<std::uint32_t>(width));
    put_u32(header, static_cast<std::uint32_t>(height));
    header +=
        std::string("\x08\x02\x00\x00\x00", 5);  // 8 bits, RGB, deflate, filtering, no interlace
    put_chunk(png, "IHDR", header);
    put_chunk(png, "IDAT", idat);
    put_chunk(png, "IEND", "");
    return png;
}

}  // namespace lightning
