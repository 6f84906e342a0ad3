#include "test_decks.hpp"

#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

#include <cstdlib>
#include <stdexcept>

namespace lightning::testing {

Colour slide_colour(int k) {
    // Spread hues so neighbouring slides differ strongly in at least one channel.
    static const Colour palette[] = {{220, 40, 40},  {40, 200, 60},  {40, 80, 220}, {230, 200, 30},
                                     {200, 40, 200}, {30, 200, 200}, {120, 60, 20}, {250, 140, 0},
                                     {90, 90, 90},   {0, 120, 90}};
    const Colour base = palette[k % 10];
    const int shift = (k / 10) * 20;
    return {std::abs(base.r - shift), std::abs(base.g - shift), std::abs(base.b - shift)};
}

void write_solid_image(const std::filesystem::path& path, Colour c, int width, int height) {
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 3);
    for (size_t i = 0; i < pixels.size(); i += 3) {
        pixels[i] = static_cast<unsigned char>(c.r);
        pixels[i + 1] = static_cast<unsigned char>(c.g);
        pixels[i + 2] = static_cast<unsigned char>(c.b);
    }
    const std::string ext = path.extension().string();
    const bool jpeg = ext == ".jpg" || ext == ".JPG" || ext == ".jpeg" || ext == ".JPEG";
    const int ok = jpeg ? stbi_write_jpg(path.c_str(), width, height, 3, pixels.data(), 95)
                        : stbi_write_png(path.c_str(), width, height, 3, pixels.data(), width * 3);
    if (!ok) throw std::runtime_error("cannot write test image " + path.string());
}

void write_transparent_image(const std::filesystem::path& path, Colour c, int width, int height) {
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 4, 0);
    const int side = height / 4;
    for (int y = (height - side) / 2; y < (height + side) / 2; ++y)
        for (int x = (width - side) / 2; x < (width + side) / 2; ++x) {
            unsigned char* p = &pixels[(static_cast<size_t>(y) * width + x) * 4];
            p[0] = static_cast<unsigned char>(c.r);
            p[1] = static_cast<unsigned char>(c.g);
            p[2] = static_cast<unsigned char>(c.b);
            p[3] = 255;
        }
    if (!stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4))
        throw std::runtime_error("cannot write test image " + path.string());
}

void write_text_slide(const std::filesystem::path& path, Colour text, Colour logo, int width,
                      int height) {
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 4, 0);
    const auto paint = [&](int x, int y, Colour c) {
        unsigned char* p = &pixels[(static_cast<size_t>(y) * width + x) * 4];
        p[0] = static_cast<unsigned char>(c.r);
        p[1] = static_cast<unsigned char>(c.g);
        p[2] = static_cast<unsigned char>(c.b);
        p[3] = 255;
    };
    for (int line = 0; line < 6; ++line)
        for (int y = height / 4 + line * height / 12; y < height / 4 + line * height / 12 + 8; ++y)
            for (int x = width / 8; x < width * 7 / 8; ++x)
                if (x % 3 != 0) paint(x, y, text);
    const int side = height / 9;
    for (int y = 8; y < 8 + side; ++y)
        for (int x = 8; x < 8 + side; ++x) paint(x, y, logo);
    if (!stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4))
        throw std::runtime_error("cannot write test image " + path.string());
}

Colour Picture::at(int x, int y) const {
    const size_t i = (static_cast<size_t>(y) * width + x) * 4;
    return {rgba[i], rgba[i + 1], rgba[i + 2]};
}

Picture read_png(const std::filesystem::path& path) {
    Picture picture;
    int channels = 0;
    unsigned char* data = stbi_load(path.c_str(), &picture.width, &picture.height, &channels, 4);
    if (!data) throw std::runtime_error("cannot read " + path.string());
    picture.rgba.assign(data, data + static_cast<size_t>(picture.width) * picture.height * 4);
    stbi_image_free(data);
    return picture;
}

bool near(Colour a, Colour b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

}  // namespace lightning::testing
