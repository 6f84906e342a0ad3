// SDL_image decodes a TGA or GIF cut short without an error; the decoder refuses one whose
// pixel data is not all there, so `check` fails what `play` would show half drawn. Whole files
// of every layout pass, and every cut anywhere in the pixel data is found.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/deck/picture_extent.hpp"

using namespace lightning;
using Bytes = std::vector<uint8_t>;

namespace {

void put16(Bytes& out, size_t v) {
    out.push_back(static_cast<uint8_t>(v & 0xFF));
    out.push_back(static_cast<uint8_t>(v >> 8));
}

// An 18-byte TGA header, an image ID of `id` bytes, then no colour map.
Bytes tga_header(uint8_t type, size_t width, size_t height, uint8_t bits, uint8_t id = 0) {
    Bytes b{id, 0, type, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    put16(b, width);
    put16(b, height);
    b.push_back(bits);
    b.push_back(0x20);  // top-left origin
    b.insert(b.end(), id, 'x');
    return b;
}

Bytes uncompressed_tga(size_t width, size_t height) {
    Bytes b = tga_header(2, width, height, 24, 5);
    for (size_t i = 0; i < width * height * 3; ++i) b.push_back(static_cast<uint8_t>(i));
    return b;
}

// RLE: alternating runs of 3 equal pixels and literal packets of 2 pixels.
Bytes rle_tga(size_t width, size_t height) {
    Bytes b = tga_header(10, width, height, 32);
    size_t left = width * height;
    bool run = true;
    while (left > 0) {
        const size_t count = std::min<size_t>(left, run ? 3 : 2);
        b.push_back(static_cast<uint8_t>((run ? 0x80 : 0) | (count - 1)));
        for (size_t i = 0; i < (run ? 1 : count) * 4; ++i) b.push_back(0x42);
        left -= count;
        run = !run;
    }
    return b;
}

// GIF89a with a 4-colour global table, a graphic-control extension, one frame of `data_blocks`
// LZW sub-blocks of 10 bytes, and the trailer.
Bytes gif(size_t data_blocks, bool local_table = false) {
    Bytes b{'G', 'I', 'F', '8', '9', 'a'};
    put16(b, 16);
    put16(b, 8);
    b.insert(b.end(), {0x81, 0, 0});                    // global table of 2^(1+1) colours
    b.insert(b.end(), 12, 0x7F);                        // 4 x RGB
    b.insert(b.end(), {0x21, 0xF9, 4, 0, 0, 0, 0, 0});  // graphic control, one block + end
    b.push_back(0x2C);
    put16(b, 0);
    put16(b, 0);
    put16(b, 16);
    put16(b, 8);
    b.push_back(local_table ? 0x80 : 0);  // a local table of 2 colours
    if (local_table) b.insert(b.end(), 6, 0x11);
    b.push_back(2);  // LZW minimum code size
    for (size_t k = 0; k < data_blocks; ++k) {
        b.push_back(10);
        b.insert(b.end(), 10, static_cast<uint8_t>(k));
    }
    b.push_back(0);     // end of the frame's data
    b.push_back(0x3B);  // trailer
    return b;
}

std::span<const uint8_t> first(const Bytes& b, size_t n) {
    return {b.data(), n};
}

}  // namespace

TEST_CASE("a whole TGA passes, uncompressed or run-length, with an image ID") {
    CHECK(tga_cut_short(uncompressed_tga(7, 5)) == "");
    CHECK(tga_cut_short(rle_tga(7, 5)) == "");
    Bytes grey = tga_header(3, 4, 4, 8);
    grey.insert(grey.end(), 16, 0x80);
    CHECK(tga_cut_short(grey) == "");
}

TEST_CASE("a TGA cut anywhere in its pixel data is found, and the message says how much") {
    const Bytes whole = uncompressed_tga(7, 5);
    for (size_t n = 0; n < whole.size(); ++n)
        CHECK_MESSAGE(tga_cut_short(first(whole, n)) != "", n);
    const std::string said = tga_cut_short(first(whole, whole.size() - 1));
    CHECK(said.find("need " + std::to_string(whole.size()) + " bytes") != std::string::npos);
    CHECK(said.find("has " + std::to_string(whole.size() - 1)) != std::string::npos);

    const Bytes rle = rle_tga(7, 5);
    for (size_t n = 0; n < rle.size(); ++n) CHECK_MESSAGE(tga_cut_short(first(rle, n)) != "", n);
    CHECK(tga_cut_short(first(rle, 30)).find("of its 35 pixels") != std::string::npos);
}

TEST_CASE("bytes after a TGA's pixels (a footer) and unknown types are the decoder's to judge") {
    Bytes footer = uncompressed_tga(3, 3);
    for (char c : std::string("TRUEVISION-XFILE.")) footer.push_back(static_cast<uint8_t>(c));
    CHECK(tga_cut_short(footer) == "");
    CHECK(tga_cut_short(tga_header(32, 100, 100, 24)) == "");  // a type this check does not know
}

TEST_CASE("a whole GIF passes; one without its trailer too, as every viewer shows it") {
    CHECK(gif_cut_short(gif(3)) == "");
    CHECK(gif_cut_short(gif(3, true)) == "");
    const Bytes whole = gif(3);
    CHECK(gif_cut_short(first(whole, whole.size() - 1)) == "");
}

TEST_CASE("a GIF cut before its first frame's last data block is found") {
    for (const bool local : {false, true}) {
        const Bytes whole = gif(3, local);
        for (size_t n = 0; n + 1 < whole.size(); ++n)
            CHECK_MESSAGE(gif_cut_short(first(whole, n)) != "", n, " local table ", local);
    }
    const Bytes whole = gif(3);
    CHECK(gif_cut_short(first(whole, 40)).find("cut short: the file ends at byte 40") == 0);
}
