// Slide decoding: the fast PNG and JPEG paths give the same picture as a plain decode, whole
// factors are averaged exactly, and absurd sizes are refused before any large allocation.
#include <doctest/doctest.h>
#include <zlib.h>

#include <fstream>
#include <vector>

#include "shell/decode/box_downscale.hpp"
#include "shell/decode/slide_image.hpp"
#include "test_decks.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

Colour pixel(const DecodedSlide& slide, int x, int y) {
    const auto* p = static_cast<const uint8_t*>(slide.pixels->pixels) +
                    static_cast<size_t>(y) * slide.pixels->pitch + static_cast<size_t>(x) * 4;
    return {p[0], p[1], p[2]};
}

// A PNG whose header claims width x height and holds no pixel data at all.
void write_png_header_only(const std::filesystem::path& path, uint32_t width, uint32_t height) {
    std::vector<unsigned char> chunk = {'I', 'H', 'D', 'R'};
    for (uint32_t v : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8)
            chunk.push_back(static_cast<unsigned char>(v >> shift));
    for (int b : {8, 2, 0, 0, 0})
        chunk.push_back(static_cast<unsigned char>(b));  // 8-bit RGB, no interlace
    const uLong crc = crc32(0, chunk.data(), static_cast<uInt>(chunk.size()));
    std::ofstream out(path, std::ios::binary);
    out.write("\x89PNG\r\n\x1a\n\0\0\0\x0d", 12);
    out.write(reinterpret_cast<const char*>(chunk.data()),
              static_cast<std::streamsize>(chunk.size()));
    for (int shift = 24; shift >= 0; shift -= 8) out.put(static_cast<char>((crc >> shift) & 0xFF));
}

}  // namespace

TEST_CASE("a 2x box average is exact") {
    // Two source rows of 4 pixels -> one row of 2.
    const std::vector<uint8_t> row1 = {0,  0,  0,  255, 100, 100, 100, 255,
                                       10, 20, 30, 255, 30,  40,  50,  255};
    const std::vector<uint8_t> row2 = {200, 200, 200, 255, 100, 100, 100, 255,
                                       10,  20,  30,  255, 30,  40,  50,  255};
    BoxDownscaler box(4, 2, 2);
    box.add_row(row1.data());
    box.add_row(row2.data());
    REQUIRE(box.out_width() == 2);
    REQUIRE(box.out_height() == 1);
    const auto& out = box.pixels();
    CHECK(std::vector<int>(out.begin(), out.begin() + 4) == std::vector<int>{100, 100, 100, 255});
    CHECK(std::vector<int>(out.begin() + 4, out.end()) == std::vector<int>{20, 30, 40, 255});
    CHECK(BoxDownscaler::factor_for(3840, 2160, 1920, 1080) == 2);
    CHECK(BoxDownscaler::factor_for(3000, 2000, 1620, 1080) == 1);
}

TEST_CASE("the 2x box average (4K to 1080p) rounds every channel as the general one does") {
    // Odd sizes: the last column and row are dropped. Bytes cover 0..255, so sums reach 1020.
    const int width = 9, height = 7;
    std::vector<uint8_t> image(static_cast<size_t>(width) * height * 4);
    for (size_t i = 0; i < image.size(); ++i) image[i] = static_cast<uint8_t>((i * 97 + 13) % 256);
    image[0] = image[4] = image[width * 4] = image[width * 4 + 4] = 255;  // a block of 255s
    BoxDownscaler box(width, height, 2);
    for (int y = 0; y < height; ++y) box.add_row(&image[static_cast<size_t>(y) * width * 4]);
    REQUIRE(box.out_width() == 4);
    REQUIRE(box.out_height() == 3);
    for (int y = 0; y < 3; ++y)
        for (int x = 0; x < 4 * 4; ++x) {
            const auto at = [&](int row, int column) {
                return static_cast<int>(
                    image[static_cast<size_t>(row) * width * 4 + static_cast<size_t>(column) * 4 +
                          static_cast<size_t>(x % 4)]);
            };
            const int px = x / 4;
            const int sum = at(2 * y, 2 * px) + at(2 * y, 2 * px + 1) + at(2 * y + 1, 2 * px) +
                            at(2 * y + 1, 2 * px + 1);
            CAPTURE(y);
            CAPTURE(x);
            CHECK(box.pixels()[static_cast<size_t>(y) * 16 + static_cast<size_t>(x)] ==
                  (sum + 2) / 4);
        }
    CHECK(box.pixels()[0] == 255);
}

TEST_CASE("big PNG and JPEG slides shrink to the screen with their colours kept") {
    TempDeck deck;
    const Colour colour{30, 160, 220};
    for (const char* name : {"big.png", "big.jpg"}) {
        CAPTURE(name);
        write_solid_image(deck.path() / name, colour, 1280, 720);
        const DecodedSlide slide = decode_slide(deck.path() / name, 320, 180);
        REQUIRE(slide.problem.empty());
        CHECK(slide.source_width == 1280);
        CHECK(slide.pixels->w == 320);
        CHECK(slide.pixels->h == 180);
        CHECK(near(pixel(slide, 160, 90), colour, 3));
        CHECK(near(pixel(slide, 0, 0), colour, 3));
    }
}

TEST_CASE("a 4:3 slide on a 16:9 screen is fitted, not stretched") {
    TempDeck deck;
    write_solid_image(deck.path() / "four-three.png", {200, 10, 10}, 1024, 768);
    const DecodedSlide slide = decode_slide(deck.path() / "four-three.png", 320, 180);
    REQUIRE(slide.problem.empty());
    CHECK(slide.pixels->w == 240);
    CHECK(slide.pixels->h == 180);
}

TEST_CASE("a PNG claiming 100000x100000 pixels is refused from its header") {
    TempDeck deck;
    write_png_header_only(deck.path() / "huge.png", 100000, 100000);
    const DecodedSlide slide = decode_slide(deck.path() / "huge.png", 1920, 1080);
    CHECK_FALSE(slide.pixels);
    CHECK(slide.problem.find("100000x100000") != std::string::npos);
    CHECK(slide.problem.find("too large") != std::string::npos);
}

TEST_CASE("broken files get a reason, not a crash") {
    TempDeck deck;
    deck.file("empty.png", "");
    deck.file("text.png", "hello, I am not a picture");
    write_solid_image(deck.path() / "whole.png", {1, 2, 3}, 200, 100);
    {
        std::ifstream in(deck.path() / "whole.png", std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        deck.file("truncated.png", bytes.substr(0, bytes.size() / 2));
    }
    CHECK(decode_slide(deck.path() / "empty.png", 320, 180).problem.find("empty") !=
          std::string::npos);
    CHECK(decode_slide(deck.path() / "text.png", 320, 180).problem.find("holds text") !=
          std::string::npos);
    deck.file("binary.png", "\x01\x02\x03 not any format");
    CHECK(decode_slide(deck.path() / "binary.png", 320, 180).problem.find("cannot decode") !=
          std::string::npos);
    CHECK(decode_slide(deck.path() / "truncated.png", 320, 180)
              .problem.find("damaged or cut short") != std::string::npos);
    // A PNG saved under a JPEG's name still shows: the contents pick the decoder.
    std::filesystem::copy_file(deck.path() / "whole.png", deck.path() / "renamed.jpg");
    const DecodedSlide renamed = decode_slide(deck.path() / "renamed.jpg", 320, 180);
    CHECK(renamed.problem.empty());
    CHECK(renamed.source_width == 200);
    CHECK(decode_slide(deck.path() / "missing.png", 320, 180).problem.find("cannot read") !=
          std::string::npos);
}

TEST_CASE("slides for the screen come in its byte order, opaque ones without an alpha channel") {
    TempDeck deck;
    const Colour colour{30, 160, 220};
    write_solid_image(deck.path() / "rgb.png", colour, 1280, 720);
    write_solid_image(deck.path() / "photo.jpg", colour, 1280, 720);
    write_transparent_image(deck.path() / "alpha.png", colour, 1280, 720);
    // 320x180 is a whole factor of 1280x720 (decoded straight into the slide's surface);
    // 300x169 is not (the last step is stb's filter).
    for (const auto& [w, h] : {std::pair{320, 180}, std::pair{300, 169}}) {
        CAPTURE(w);
        for (const char* name : {"rgb.png", "photo.jpg"}) {
            CAPTURE(name);
            const DecodedSlide slide =
                decode_slide(deck.path() / name, w, h, nullptr, PixelOrder::Screen);
            REQUIRE(slide.problem.empty());
            CHECK(slide.pixels->format->format == SDL_PIXELFORMAT_RGB888);  // no alpha: a copy
            CHECK(slide.pixels->w == w);
            const Colour bgr = pixel(slide, w / 2, h / 2);
            CHECK(near(Colour{bgr.b, bgr.g, bgr.r}, colour, 3));
        }
        const DecodedSlide alpha =
            decode_slide(deck.path() / "alpha.png", w, h, nullptr, PixelOrder::Screen);
        REQUIRE(alpha.problem.empty());
        CHECK(alpha.pixels->format->format == SDL_PIXELFORMAT_ARGB8888);  // blended when drawn
        // The same file as RGBA (what check and PNG output read) is the same picture.
        const DecodedSlide rgba = decode_slide(deck.path() / "alpha.png", w, h);
        CHECK(rgba.pixels->format->format == SDL_PIXELFORMAT_RGBA32);
        for (const auto& [x, y] : {std::pair{w / 2, h / 2}, std::pair{1, 1}}) {
            const Colour bgr = pixel(alpha, x, y), rgb = pixel(rgba, x, y);
            CHECK(near(Colour{bgr.b, bgr.g, bgr.r}, rgb, 0));
        }
    }
}

TEST_CASE("the box filter writes into a buffer of the caller's, rows a pitch apart") {
    const std::vector<uint8_t> row = {10, 20, 30, 255, 30, 40, 50, 255};
    std::vector<uint8_t> target(2 * 12, 7);  // 2 rows of 12 bytes: 1 pixel each + padding
    BoxDownscaler box(2, 4, 2, target.data(), 12);
    for (int y = 0; y < 4; ++y) box.add_row(row.data());
    CHECK(box.pixels().empty());
    CHECK(std::vector<int>(target.begin(), target.begin() + 5) ==
          std::vector<int>{20, 30, 40, 255, 7});
    CHECK(std::vector<int>(target.begin() + 12, target.begin() + 16) ==
          std::vector<int>{20, 30, 40, 255});
}

TEST_CASE("a format lightning does not decode itself (BMP) goes through SDL_image, loaded then") {
    TempDeck deck;
    SurfacePtr bmp = make_rgba_surface(64, 36);
    SDL_FillRect(bmp.get(), nullptr, SDL_MapRGBA(bmp->format, 200, 40, 90, 255));
    REQUIRE(SDL_SaveBMP(bmp.get(), (deck.path() / "slide.bmp").c_str()) == 0);
    const DecodedSlide slide = decode_slide(deck.path() / "slide.bmp", 32, 18);
    REQUIRE(slide.problem.empty());
    CHECK(slide.source_width == 64);
    CHECK(near(pixel(slide, 16, 9), Colour{200, 40, 90}, 1));

    deck.file("cut.bmp", "BM6");  // a BMP signature, then nothing
    const DecodedSlide cut = decode_slide(deck.path() / "cut.bmp", 32, 18);
    CHECK(!cut.pixels);
    CHECK(cut.problem.find("damaged or cut short") != std::string::npos);
}
