// check vouches for a PNG or JPEG from its structure alone (CRCs, markers) and decodes only what
// the structure cannot vouch for: a whole file passes, a flipped or missing byte does not.
#include <doctest/doctest.h>
#include <zlib.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/deck/picture_integrity.hpp"

using namespace lightning;
using Bytes = std::vector<uint8_t>;
using Verdict = PictureIntegrity::Verdict;

namespace {

// Appends bytes one by one (GCC 12 misreports vector::insert of a short list as out of bounds).
void add(Bytes& out, std::initializer_list<uint8_t> bytes) {
    for (uint8_t b : bytes) out.push_back(b);
}

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

// A width x height 8-bit PNG (colour 2 RGB, 6 RGBA) of a gradient, its pixel data split in two
// IDAT chunks as encoders do for large images.
Bytes make_png(uint32_t width, uint32_t height, uint8_t colour = 2, bool trns = false) {
    const uint32_t channels = colour == 6 ? 4 : 3;
    Bytes raw;
    for (uint32_t y = 0; y < height; ++y) {
        raw.push_back(0);  // filter: none
        for (uint32_t x = 0; x < width * channels; ++x)
            raw.push_back(static_cast<uint8_t>(x * 7 + y * 13));
    }
    uLongf packed_size = compressBound(static_cast<uLong>(raw.size()));
    Bytes packed(packed_size);
    REQUIRE(compress(packed.data(), &packed_size, raw.data(), static_cast<uLong>(raw.size())) ==
            Z_OK);
    packed.resize(packed_size);
    Bytes out = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    Bytes ihdr;
    put32(ihdr, width);
    put32(ihdr, height);
    add(ihdr, {8, colour, 0, 0, 0});
    chunk(out, "IHDR", ihdr);
    chunk(out, "tEXt", Bytes{'T', 'i', 't', 'l', 'e', 0, 'x'});
    if (trns) chunk(out, "tRNS", Bytes{0, 0, 0, 0, 0, 0});
    const auto half = static_cast<long>(packed.size() / 2);
    chunk(out, "IDAT", Bytes(packed.begin(), packed.begin() + half));
    chunk(out, "IDAT", Bytes(packed.begin() + half, packed.end()));
    chunk(out, "IEND", {});
    return out;
}

// A JPEG's structure (1920x1080 baseline, or progressive with two scans): the segments are real,
// the entropy-coded bytes are not (nothing here decodes them), with a stuffed 0xFF 0x00 and a
// restart marker inside, as real scans have.
Bytes make_jpeg(bool progressive = false) {
    Bytes out = {0xFF, 0xD8};
    add(out, {0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
    add(out, {0xFF, 0xDB, 0, 67, 0});
    out.insert(out.end(), 64, 1);  // a quantisation table
    add(out, {0xFF, static_cast<uint8_t>(progressive ? 0xC2 : 0xC0), 0, 17, 8, 0x04, 0x38, 0x07,
              0x80, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1});
    const int scans = progressive ? 2 : 1;
    for (int s = 0; s < scans; ++s) {
        add(out, {0xFF, 0xC4, 0, 5, 0, 1, 2});  // (not a real Huffman table)
        add(out, {0xFF, 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0});
        add(out, {0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD0, 0x78, 0x9A, 0xFF, 0xFF});
    }
    add(out, {0xFF, 0xD9});
    return out;
}

PictureIntegrity check(const Bytes& bytes) {
    return check_picture_integrity(bytes);
}

Bytes file_bytes(const std::string& relative) {
    std::ifstream in(std::string(LIGHTNING_TEST_DATA) + "/" + relative, std::ios::binary);
    REQUIRE(in);
    return Bytes(std::istreambuf_iterator<char>(in), {});
}

size_t find(const Bytes& bytes, const char* type) {
    const std::string text(bytes.begin(), bytes.end());
    const size_t at = text.find(type);
    REQUIRE(at != std::string::npos);
    return at;
}

}  // namespace

TEST_CASE("picture integrity: a whole PNG passes, with its size and no decode needed") {
    const PictureIntegrity png = check(make_png(64, 36));
    CHECK(png.verdict == Verdict::Whole);
    CHECK(png.problem.empty());
    CHECK(png.header.format == "png");
    CHECK(png.header.width == 64);
    CHECK(png.header.height == 36);
    CHECK_FALSE(png.header.interlaced);
    CHECK_FALSE(png.may_be_transparent);
    // Bytes after IEND are ignored, as decoders ignore them.
    Bytes trailing = make_png(8, 8);
    add(trailing, {'j', 'u', 'n', 'k'});
    CHECK(check(trailing).verdict == Verdict::Whole);
}

TEST_CASE("picture integrity: only a PNG that can hold transparency needs its pixels read") {
    CHECK(check(make_png(8, 8, 6)).may_be_transparent);        // RGBA
    CHECK(check(make_png(8, 8, 2, true)).may_be_transparent);  // RGB with a tRNS colour
    // Its pixel data is left to the decode that reads its transparency.
    CHECK(check(make_png(8, 8, 6)).verdict == Verdict::NotChecked);
}

TEST_CASE("picture integrity: one byte flipped in a PNG's pixel data fails by its CRC") {
    Bytes png = make_png(64, 36);
    const size_t idat = find(png, "IDAT");
    png[idat + 4 + 10] ^= 0x01;  // a byte inside the first IDAT's data
    const PictureIntegrity result = check(png);
    CHECK(result.verdict == Verdict::Damaged);
    CHECK(result.problem == "the IDAT chunk at byte " + std::to_string(idat - 4) +
                                " fails its CRC check: its bytes changed after it was written");
    CHECK(result.header.width == 64);  // the header was read before the damage
}

TEST_CASE("picture integrity: a PNG cut short fails wherever it is cut") {
    const Bytes png = make_png(64, 36);
    for (size_t keep :
         {size_t{8}, size_t{20}, size_t{40}, png.size() / 2, png.size() - 12, png.size() - 1}) {
        CAPTURE(keep);
        const PictureIntegrity result = check(Bytes(png.begin(), png.begin() + long(keep)));
        CHECK(result.verdict == Verdict::Damaged);
        CHECK(result.problem.rfind("cut short", 0) == 0);
    }
}

TEST_CASE("picture integrity: a PNG's structure without a zlib stream, or without IHDR") {
    Bytes png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    Bytes ihdr;
    put32(ihdr, 4);
    put32(ihdr, 4);
    add(ihdr, {8, 2, 0, 0, 0});
    chunk(png, "IHDR", ihdr);
    chunk(png, "IDAT", Bytes{'n', 'o', 't', ' ', 'z', 'l', 'i', 'b'});
    chunk(png, "IEND", {});
    CHECK(check(png).verdict == Verdict::Damaged);
    CHECK(check(png).problem == "the pixel data (IDAT) does not start with a zlib header");

    Bytes no_ihdr = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    chunk(no_ihdr, "IEND", {});
    CHECK(check(no_ihdr).verdict == Verdict::Damaged);
}

TEST_CASE("picture integrity: PNG variants a decoder must judge are not vouched for") {
    Bytes png = make_png(8, 8);
    // An unknown critical chunk (upper-case first letter) before IEND.
    Bytes odd(png.begin(), png.end() - 12);
    chunk(odd, "QUUX", Bytes{1, 2, 3});
    chunk(odd, "IEND", {});
    CHECK(check(odd).verdict == Verdict::NotChecked);
    // A palette image without its palette.
    Bytes palette = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    Bytes ihdr;
    put32(ihdr, 1);
    put32(ihdr, 1);
    add(ihdr, {8, 3, 0, 0, 0});
    chunk(palette, "IHDR", ihdr);
    chunk(palette, "IDAT", Bytes{0x78, 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01});
    chunk(palette, "IEND", {});
    CHECK(check(palette).verdict == Verdict::NotChecked);
    // Not a PNG or JPEG at all.
    CHECK(check(Bytes{'G', 'I', 'F', '8', '9', 'a'}).verdict == Verdict::NotChecked);
    CHECK(check(Bytes{}).verdict == Verdict::NotChecked);
}

TEST_CASE("picture integrity: a whole JPEG passes, baseline or progressive") {
    const PictureIntegrity jpeg = check(make_jpeg());
    CHECK(jpeg.verdict == Verdict::Whole);
    CHECK(jpeg.header.format == "jpeg");
    CHECK(jpeg.header.width == 1920);
    CHECK(jpeg.header.height == 1080);
    CHECK_FALSE(jpeg.header.interlaced);
    CHECK_FALSE(jpeg.may_be_transparent);
    const PictureIntegrity progressive = check(make_jpeg(true));
    CHECK(progressive.verdict == Verdict::Whole);
    CHECK(progressive.header.interlaced);
    // Bytes after EOI (a camera's trailer) are not damage.
    Bytes trailer = make_jpeg();
    add(trailer, {0, 1, 2});
    CHECK(check(trailer).verdict == Verdict::Whole);
}

TEST_CASE("picture integrity: a JPEG without its end marker, or cut short anywhere, fails") {
    const Bytes jpeg = make_jpeg();
    const Bytes no_eoi(jpeg.begin(), jpeg.end() - 2);
    CHECK(check(no_eoi).verdict == Verdict::Damaged);
    CHECK(check(no_eoi).problem.find("no end marker (EOI)") != std::string::npos);
    for (size_t keep = 3; keep < jpeg.size(); ++keep) {
        CAPTURE(keep);
        CHECK(check(Bytes(jpeg.begin(), jpeg.begin() + long(keep))).verdict == Verdict::Damaged);
    }
}

TEST_CASE("picture integrity: JPEG variants a decoder must judge are not vouched for") {
    Bytes twelve_bit = make_jpeg();
    twelve_bit[find(twelve_bit, "\xFF\xC0") + 4] = 12;
    CHECK(check(twelve_bit).verdict == Verdict::NotChecked);
    Bytes lossless = make_jpeg();
    lossless[find(lossless, "\xFF\xC0") + 1] = 0xC3;
    CHECK(check(lossless).verdict == Verdict::NotChecked);
    Bytes no_frame = make_jpeg();  // the SOF renamed to an APP segment: a scan with no frame
    no_frame[find(no_frame, "\xFF\xC0") + 1] = 0xE1;
    CHECK(check(no_frame).verdict == Verdict::NotChecked);
}

TEST_CASE("picture integrity: the bad-deck corpus and the demo deck") {
    CHECK(check(file_bytes("../decks/demo/01-title.png")).verdict == Verdict::Whole);
    CHECK(check(file_bytes("bad-decks/truncated-png/2.png")).verdict == Verdict::Damaged);
    CHECK(check(file_bytes("bad-decks/truncated-jpeg/2.jpg")).verdict == Verdict::Damaged);
    CHECK(check(file_bytes("bad-decks/undecodable/2.png")).verdict == Verdict::Damaged);
    const PictureIntegrity invisible = check(file_bytes("bad-decks/invisible/2.png"));
    CHECK(invisible.verdict == Verdict::NotChecked);  // RGBA: decoded for its transparency
    CHECK(invisible.may_be_transparent);
}
