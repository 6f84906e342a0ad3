// check's decode estimate comes from the file's header: the same file gives the same finding on
// any machine, busy or not.
#include <doctest/doctest.h>
#include <zlib.h>

#include <vector>

#include "core/deck/image_header.hpp"
#include "core/deck/picture_integrity.hpp"

using namespace lightning;

TEST_CASE("image header: PNG size and interlace, progressive JPEG, unknown files") {
    // A PNG's signature and IHDR (7680x4320 RGBA, Adam7), with its CRC; the file stops there.
    std::vector<uint8_t> png = {0x89, 'P', 'N',  'G',  '\r', '\n', 0x1A, '\n', 0,    0,
                                0,    13,  'I',  'H',  'D',  'R',  0,    0,    0x1E, 0,
                                0,    0,   0x10, 0xE0, 8,    6,    0,    0,    1};
    const auto crc = crc32_z(0, png.data() + 12, 17);
    for (int shift = 24; shift >= 0; shift -= 8) png.push_back(static_cast<uint8_t>(crc >> shift));
    const ImageHeader p = check_picture_integrity(png).header;
    CHECK(p.format == "png");
    CHECK(p.width == 7680);
    CHECK(p.height == 4320);
    CHECK(p.interlaced);
    CHECK(p.bits_per_sample == 8);
    CHECK(estimated_decode_ms(p) == doctest::Approx(7680.0 * 4320 * 12 * 2 / 1e6));
    // The same picture at 16 bits a sample: twice the data, twice the estimate.
    std::vector<uint8_t> png16(png.begin(), png.begin() + 29);
    png16[24] = 16;
    const auto crc16 = crc32_z(0, png16.data() + 12, 17);
    for (int shift = 24; shift >= 0; shift -= 8)
        png16.push_back(static_cast<uint8_t>(crc16 >> shift));
    const ImageHeader p16 = check_picture_integrity(png16).header;
    CHECK(p16.bits_per_sample == 16);
    CHECK(estimated_decode_ms(p16) == doctest::Approx(2 * estimated_decode_ms(p)));

    const std::vector<uint8_t> jpg = {
        0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC2, 0, 17, 8, 0x04, 0x38,
        0x07, 0x80, 3,    0,    0, 0, 0, 0, 0,    0,    0, 0,  0, 0};  // SOF2 1080x1920
    const ImageHeader j = check_picture_integrity(jpg).header;
    CHECK(j.format == "jpeg");
    CHECK(j.width == 1920);
    CHECK(j.height == 1080);
    CHECK(j.interlaced);
    CHECK(estimated_decode_ms(j) == doctest::Approx(1920.0 * 1080 * 6 * 2 / 1e6));

    const std::string text = "not a picture";
    CHECK(check_picture_integrity(std::vector<uint8_t>(text.begin(), text.end()))
              .header.format.empty());
    CHECK(estimated_decode_ms(ImageHeader{}) == 0);
}
