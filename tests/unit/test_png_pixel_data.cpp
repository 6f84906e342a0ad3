// A PNG whose chunks are sound and whose CRCs hold can still carry pixel data that was wrong
// before the CRCs were computed (a broken converter): check inflates it and vouches only for
// what libpng will decode. Every PNG here has valid CRCs; only the pixel data differs.
#include <doctest/doctest.h>
#include <zlib.h>

#include <string>
#include <vector>

#include "core/deck/picture_integrity.hpp"
#include "core/deck/png_pixel_data.hpp"

using namespace lightning;
using Bytes = std::vector<uint8_t>;
using Verdict = PictureIntegrity::Verdict;

namespace {

void put32(Bytes& out, uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<uint8_t>(v >> shift));
}

void chunk(Bytes& out, const char* type, const Bytes& data) {
    put32(out, static_cast<uint32_t>(data.size()));
    Bytes body(type, type + 4);
    body.insert(body.end(), data.begin(), data.end());
    out.insert(out.end(), body.begin(), body.end());
    put32(out, static_cast<uint32_t>(crc32_z(0, body.data(), body.size())));
}

Bytes deflate(const Bytes& raw) {
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    Bytes packed(size);
    REQUIRE(compress(packed.data(), &size, raw.data(), static_cast<uLong>(raw.size())) == Z_OK);
    packed.resize(size);
    return packed;
}

// An 8-bit RGB PNG (or `colour`/`depth` as given) around an already compressed stream, with
// every CRC right.
Bytes png_around(uint32_t width, uint32_t height, const Bytes& stream, bool interlaced = false,
                 uint8_t colour = 2, uint8_t depth = 8) {
    Bytes out = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    Bytes ihdr;
    put32(ihdr, width);
    put32(ihdr, height);
    for (uint8_t b : {depth, colour, uint8_t{0}, uint8_t{0}, static_cast<uint8_t>(interlaced)})
        ihdr.push_back(b);
    chunk(out, "IHDR", ihdr);
    const auto half = static_cast<long>(stream.size() / 2);
    chunk(out, "IDAT", Bytes(stream.begin(), stream.begin() + half));
    chunk(out, "IDAT", Bytes(stream.begin() + half, stream.end()));
    chunk(out, "IEND", {});
    return out;
}

// Raw (filtered) rows: `rows` rows of `row_bytes` pixel bytes, each after filter type `filter`.
Bytes raw_rows(uint64_t rows, uint64_t row_bytes, uint8_t filter = 1) {
    Bytes raw;
    for (uint64_t y = 0; y < rows; ++y) {
        raw.push_back(filter);
        for (uint64_t x = 0; x < row_bytes; ++x) raw.push_back(static_cast<uint8_t>(x * 7 + y));
    }
    return raw;
}

}  // namespace

TEST_CASE("png pixel data: the raw size follows the header, Adam7 passes included") {
    CHECK(png_raw_size(64, 36, 8, 2, false) == 36 * (1 + 64 * 3));
    CHECK(png_raw_size(10, 3, 1, 0, false) == 3 * (1 + 2));   // 1-bit grey: bits round up
    CHECK(png_raw_size(5, 5, 16, 6, false) == 5 * (1 + 40));  // RGBA16
    CHECK(png_raw_size(1, 1, 8, 2, true) == 1 + 3);           // only pass 1 holds a pixel
    // 8x8 RGB interlaced: passes of 1x1, 1x1, 2x1, 2x2, 4x2, 4x4, 8x4 pixels.
    CHECK(png_raw_size(8, 8, 8, 2, true) ==
          (1 + 3) + (1 + 3) + (1 + 6) + 2 * (1 + 6) + 2 * (1 + 12) + 4 * (1 + 12) + 4 * (1 + 24));
    CHECK(png_raw_size(8, 8, 8, 7, false) == 0);  // no such colour type
}

TEST_CASE("png pixel data: exactly the promised rows, every filter 0..4, is vouched for") {
    CHECK(check_picture_integrity(png_around(64, 36, deflate(raw_rows(36, 192)))).verdict ==
          Verdict::Whole);
    Bytes every_filter;
    for (uint8_t f = 0; f <= 4; ++f) {
        const Bytes row = raw_rows(1, 192, f);
        every_filter.insert(every_filter.end(), row.begin(), row.end());
    }
    CHECK(check_picture_integrity(png_around(64, 5, deflate(every_filter))).verdict ==
          Verdict::Whole);
    const Bytes interlaced =
        png_around(8, 8, deflate(Bytes(png_raw_size(8, 8, 8, 2, true), 0)), true);
    CHECK(check_picture_integrity(interlaced).verdict == Verdict::Whole);
}

TEST_CASE("png pixel data: damage under valid CRCs is found") {
    SUBCASE("a row with an invalid filter type") {
        Bytes raw = raw_rows(36, 192);
        raw[5 * 193] = 9;  // row 5
        const PictureIntegrity result = check_picture_integrity(png_around(64, 36, deflate(raw)));
        CHECK(result.verdict == Verdict::Damaged);
        CHECK(result.problem == "row 5 of the pixel data has an invalid filter type (9)");
    }
    SUBCASE("rows missing: fewer bytes than the header promises") {
        const PictureIntegrity result =
            check_picture_integrity(png_around(64, 36, deflate(raw_rows(30, 192))));
        CHECK(result.verdict == Verdict::Damaged);
        CHECK(result.problem == "the pixel data (IDAT) ends after " + std::to_string(30 * 193) +
                                    " of " + std::to_string(36 * 193) +
                                    " bytes: part of the image is missing");
    }
    SUBCASE("more bytes than the header promises") {
        const PictureIntegrity result =
            check_picture_integrity(png_around(64, 30, deflate(raw_rows(36, 192))));
        CHECK(result.verdict == Verdict::Damaged);
        CHECK(result.problem.find("holds more than the image's 64x30 pixels") != std::string::npos);
    }
    SUBCASE("a wrong Adler-32 at the end of the stream") {
        Bytes stream = deflate(raw_rows(36, 192));
        stream.back() ^= 0x01;
        const PictureIntegrity result = check_picture_integrity(png_around(64, 36, stream));
        CHECK(result.verdict == Verdict::Damaged);
        CHECK(result.problem.find("Adler-32") != std::string::npos);
    }
    SUBCASE("bytes changed inside the compressed stream") {
        Bytes stream = deflate(raw_rows(36, 192));
        for (size_t i = stream.size() / 3; i < stream.size() / 3 + 8; ++i) stream[i] ^= 0x5A;
        CHECK(check_picture_integrity(png_around(64, 36, stream)).verdict == Verdict::Damaged);
    }
    SUBCASE("a stream cut short, its CRCs recomputed") {
        const Bytes stream = deflate(raw_rows(36, 192));
        const Bytes cut(stream.begin(), stream.begin() + static_cast<long>(stream.size() / 2));
        CHECK(check_picture_integrity(png_around(64, 36, cut)).verdict == Verdict::Damaged);
    }
}

TEST_CASE("png pixel data: raw data too large to inflate in memory is left to a decoder") {
    // 10000x5000 RGBA16 is 400 MB of raw data: not inflated here, not vouched for either.
    const Bytes png = png_around(10000, 5000, deflate(raw_rows(1, 8)), false, 6, 16);
    const PngPixelData result = verify_png_pixel_data(png);
    CHECK(result.verdict == PngPixelData::Verdict::TooLarge);
}
