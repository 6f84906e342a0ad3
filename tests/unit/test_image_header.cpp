// check's decode estimate comes from the file's header: the same file gives the same finding on
// any machine, busy or not.
#include <doctest/doctest.h>

#include <fstream>

#include "../support/temp_deck.hpp"
#include "core/deck/image_header.hpp"

using namespace lightning;

namespace {
void write_bytes(const std::filesystem::path& path, std::initializer_list<unsigned char> bytes) {
    std::ofstream out(path, std::ios::binary);
    for (unsigned char b : bytes) out.put(static_cast<char>(b));
}
}  // namespace

TEST_CASE("image header: PNG size and interlace, progressive JPEG, unknown files") {
    lightning::testing::TempDeck temp;
    const auto png = temp.root() / "a.png";
    write_bytes(
        png, {0x89, 'P', 'N', 'G',  '\r', '\n', 0x1A, '\n', 0,    0, 0, 13, 'I', 'H', 'D',
              'R',  0,   0,   0x1E, 0,    0,    0,    0x10, 0xE0, 8, 6, 0,  0,   1});  // 7680x4320,
                                                                                       // Adam7
    const ImageHeader p = read_image_header(png);
    CHECK(p.format == "png");
    CHECK(p.width == 7680);
    CHECK(p.height == 4320);
    CHECK(p.interlaced);
    CHECK(estimated_decode_ms(p) == doctest::Approx(7680.0 * 4320 * 12 * 2 / 1e6));

    const auto jpg = temp.root() / "b.jpg";  // SOI, APP0 (length 4), SOF2 1080x1920
    write_bytes(jpg, {0xFF, 0xD8, 0xFF, 0xE0, 0,    4,    0, 0, 0xFF, 0xC2, 0,
                      17,   8,    0x04, 0x38, 0x07, 0x80, 3, 0, 0,    0});
    const ImageHeader j = read_image_header(jpg);
    CHECK(j.format == "jpeg");
    CHECK(j.width == 1920);
    CHECK(j.height == 1080);
    CHECK(j.interlaced);

    const auto text = temp.root() / "c.png";
    std::ofstream(text) << "not a picture";
    CHECK(read_image_header(text).format.empty());
    CHECK(estimated_decode_ms(read_image_header(temp.root() / "missing.png")) == 0);
}
