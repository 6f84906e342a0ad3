// The PNG import writes for each slide: a whole file (every chunk's CRC, pixel data that inflates
// to exactly the rows the header promises, as check verifies every PNG slide).
#include <doctest/doctest.h>

#include <cstring>
#include <stdexcept>
#include <vector>

#include "core/deck/picture_integrity.hpp"
#include "core/deck/png_pixel_data.hpp"
#include "core/file/png_encoder.hpp"

using namespace lightning;

TEST_CASE("png encoder: an RGBA picture becomes an RGB PNG that check passes") {
    const int w = 37, h = 23;
    std::vector<std::uint8_t> rgba(static_cast<size_t>(w * h * 4));
    for (size_t i = 0; i < rgba.size(); ++i) rgba[i] = static_cast<std::uint8_t>(i * 7 + i / 97);
    const std::string png = encode_png_rgb(rgba, w, h);
    REQUIRE(png.size() > 33);
    CHECK(std::memcmp(png.data(), "\x89PNG\r\n\x1a\n", 8) == 0);
    CHECK(std::memcmp(png.data() + 12, "IHDR", 4) == 0);
    CHECK(static_cast<unsigned char>(png[25]) == 2);  // colour type RGB
    const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(png.data()),
                                              png.size());
    CHECK(verify_png_pixel_data(bytes).verdict == PngPixelData::Verdict::Decodes);
    const PictureIntegrity integrity = check_picture_integrity(bytes);
    CHECK(integrity.verdict == PictureIntegrity::Verdict::Whole);
    CHECK(integrity.problem == "");
    CHECK_FALSE(integrity.may_be_transparent);
    CHECK_THROWS_AS(encode_png_rgb(rgba, w + 1, h), std::invalid_argument);
}
