#include "slide_image.hpp"

#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lightning {

SDL_Rect fit_into(int width, int height, int box_w, int box_h) {
    if (width <= 0 || height <= 0) return SDL_Rect{0, 0, box_w, box_h};
    const double scale = std::min(static_cast<double>(box_w) / width,
                                  static_cast<double>(box_h) / height);
    const int w = std::max(1, static_cast<int>(std::lround(width * scale)));
    const int h = std::max(1, static_cast<int>(std::lround(height * scale)));
    return SDL_Rect{(box_w - w) / 2, (box_h - h) / 2, w, h};
}

namespace {

// Header-only size check for the formats stb knows (PNG, JPEG, BMP, GIF, TGA, PNM, ...), so a
// file claiming absurd dimensions is refused before any pixel memory is allocated.
std::string check_claimed_size(const std::filesystem::path& file, DecodedSlide& out) {
    FILE* handle = std::fopen(file.c_str(), "rb");
    if (!handle) return "cannot open the file (check that it exists and is readable)";
    int w = 0, h = 0, channels = 0;
    const int known = stbi_info_from_file(handle, &w, &h, &channels);
    std::fclose(handle);
    if (!known) return {};  // a format stb does not parse; SDL_image will decide
    out.source_width = w;
    out.source_height = h;
    if (w <= 0 || h <= 0) return "the image has no pixels";
    if (w > kMaxSlideSide || h > kMaxSlideSide ||
        static_cast<long long>(w) * h > kMaxSlidePixels)
        return "the image claims to be " + std::to_string(w) + "x" + std::to_string(h) +
               " pixels, too large to show; export it at most 8000 px wide";
    return {};
}

}  // namespace

DecodedSlide decode_slide(const std::filesystem::path& file, int box_w, int box_h) {
    DecodedSlide out;
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error) {
        out.problem = "cannot read the file: " + error.message();
        return out;
    }
    if (size == 0) {
        out.problem = "the file is empty (0 bytes); copy it again";
        return out;
    }
    if (auto refused = check_claimed_size(file, out); !refused.empty()) {
        out.problem = refused;
        return out;
    }
    SurfacePtr loaded(IMG_Load(file.c_str()));
    if (!loaded) {
        out.problem = std::string("cannot decode the image (") + IMG_GetError() + ")";
        return out;
    }
    out.source_width = loaded->w;
    out.source_height = loaded->h;
    if (loaded->w > kMaxSlideSide || loaded->h > kMaxSlideSide ||
        static_cast<long long>(loaded->w) * loaded->h > kMaxSlidePixels) {
        out.problem = "the image is too large to show";
        return out;
    }
    SurfacePtr rgba(SDL_ConvertSurfaceFormat(loaded.get(), SDL_PIXELFORMAT_RGBA32, 0));
    loaded.reset();
    if (!rgba) {
        out.problem = std::string("cannot convert the image (") + SDL_GetError() + ")";
        return out;
    }
    const SDL_Rect fitted = fit_into(rgba->w, rgba->h, box_w, box_h);
    if (fitted.w == rgba->w && fitted.h == rgba->h) {
        out.pixels = std::move(rgba);
        return out;
    }
    SurfacePtr scaled = make_rgba_surface(fitted.w, fitted.h);
    // sRGB-aware filtering with alpha in channel 3: a 4K slide shrinks without aliasing.
    const int ok = stbir_resize_uint8_srgb(
        static_cast<const unsigned char*>(rgba->pixels), rgba->w, rgba->h, rgba->pitch,
        static_cast<unsigned char*>(scaled->pixels), scaled->w, scaled->h, scaled->pitch, 4, 3, 0);
    if (!ok) {
        out.problem = "cannot scale the image";
        return out;
    }
    out.pixels = std::move(scaled);
    return out;
}

}  // namespace lightning
