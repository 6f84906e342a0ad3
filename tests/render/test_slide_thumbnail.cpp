// The phone's thumbnail: a JPEG made from the pixels the window decoded, in each byte order the
// slide cache holds, scaled to fit, colours kept, transparency put on black; anything else is
// refused (empty) rather than guessed.
#include <doctest/doctest.h>
#include <stb/stb_image.h>

#include <cstdlib>
#include <memory>

#include "shell/decode/slide_image.hpp"
#include "shell/remote/slide_thumbnail.hpp"

using namespace lightning;

namespace {

struct Decoded {
    int width = 0, height = 0;
    std::unique_ptr<unsigned char, decltype(&std::free)> rgb{nullptr, &std::free};
    const unsigned char* at(int x, int y) const { return rgb.get() + (y * width + x) * 3; }
};

Decoded decode(const std::string& jpeg) {
    Decoded out;
    int channels = 0;
    out.rgb.reset(stbi_load_from_memory(reinterpret_cast<const unsigned char*>(jpeg.data()),
                                        static_cast<int>(jpeg.size()), &out.width, &out.height,
                                        &channels, 3));
    return out;
}

// Left half red, right half blue; the bottom-right quarter half transparent where there is alpha.
SurfacePtr two_colours(int width, int height, PixelOrder order, bool opaque) {
    SurfacePtr surface = make_slide_surface(width, height, order, opaque);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const Uint8 alpha = (!opaque && x >= width / 2 && y >= height / 2) ? 128 : 255;
            const Uint32 pixel = x < width / 2 ? SDL_MapRGBA(surface->format, 255, 0, 0, alpha)
                                               : SDL_MapRGBA(surface->format, 0, 0, 255, alpha);
            auto* row = static_cast<Uint8*>(surface->pixels) + y * surface->pitch;
            reinterpret_cast<Uint32*>(row)[x] = pixel;
        }
    return surface;
}

}  // namespace

TEST_CASE("phone thumbnail: each byte order of the slide cache, scaled to fit, colours kept") {
    for (const auto& [order, opaque] :
         {std::pair{PixelOrder::Rgba, false}, std::pair{PixelOrder::Screen, false},
          std::pair{PixelOrder::Screen, true}}) {
        const SurfacePtr slide = two_colours(1920, 1080, order, opaque);
        const std::string jpeg = jpeg_thumbnail(*slide, 640, 640);
        REQUIRE(!jpeg.empty());
        const Decoded picture = decode(jpeg);
        REQUIRE(picture.rgb);
        CHECK(picture.width == 640);
        CHECK(picture.height == 360);
        const unsigned char* red = picture.at(100, 50);
        CHECK(red[0] > 230);
        CHECK(red[2] < 30);
        const unsigned char* blue = picture.at(540, 50);
        CHECK(blue[2] > 230);
        CHECK(blue[0] < 30);
        // Half-transparent blue over black: half as bright (the projector's black behind it).
        const unsigned char* faded = picture.at(540, 300);
        if (opaque)
            CHECK(faded[2] > 230);
        else
            CHECK(std::abs(faded[2] - 128) < 20);
    }
}

TEST_CASE("phone thumbnail: a small slide stays its size; other formats are refused") {
    const SurfacePtr small = two_colours(300, 200, PixelOrder::Rgba, true);
    const Decoded picture = decode(jpeg_thumbnail(*small, 640, 640));
    CHECK(picture.width == 300);
    CHECK(picture.height == 200);
    // Whole pixels per thumbnail pixel: a 4:3 slide at 1/2, a tall one at 1/4 (fits 640).
    CHECK(
        decode(jpeg_thumbnail(*two_colours(1024, 768, PixelOrder::Screen, true), 640, 640)).width ==
        512);
    CHECK(decode(jpeg_thumbnail(*two_colours(700, 2000, PixelOrder::Screen, true), 640, 640))
              .height == 500);

    SurfacePtr rgb565(SDL_CreateRGBSurfaceWithFormat(0, 64, 64, 16, SDL_PIXELFORMAT_RGB565));
    REQUIRE(rgb565);
    CHECK(jpeg_thumbnail(*rgb565, 640, 640).empty());
}
