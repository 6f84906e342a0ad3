#include "shell/decode/slide_image.hpp"

#include <stb/stb_image.h>
#include <stb/stb_image_resize.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "shell/decode/box_downscale.hpp"
#include "shell/decode/image_decoders.hpp"

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

// Header-only size check for the formats stb knows (BMP, GIF, TGA, PNM, ...), so a file claiming
// absurd dimensions is refused before any pixel memory is allocated.
std::string check_claimed_size(const std::filesystem::path& file, DecodedSlide& out) {
    FILE* handle = std::fopen(file.c_str(), "rb");
    if (!handle) return "cannot open the file (check that it exists and is readable)";
    int w = 0, h = 0, channels = 0;
    const int known = stbi_info_from_file(handle, &w, &h, &channels);
    std::fclose(handle);
    if (!known) return {};  // a format stb does not parse; SDL_image will decide
    out.source_width = w;
    out.source_height = h;
    return size_refusal(w, h);
}

enum class FileKind { Png, Jpeg, Text, Other, Unreadable };

// What the first bytes say the file is. Text means printable ASCII/UTF-8 and line ends only.
FileKind sniff(const std::filesystem::path& file) {
    unsigned char head[512];
    size_t got = 0;
    FILE* handle = std::fopen(file.c_str(), "rb");
    if (!handle) return FileKind::Unreadable;
    got = std::fread(head, 1, sizeof head, handle);
    std::fclose(handle);
    if (got >= 8 && std::memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0) return FileKind::Png;
    if (got >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return FileKind::Jpeg;
    if (got == 0) return FileKind::Other;
    for (size_t i = 0; i < got; ++i)
        if ((head[i] < 0x20 && head[i] != '\n' && head[i] != '\r' && head[i] != '\t') || head[i] == 0x7f)
            return FileKind::Other;
    return FileKind::Text;
}

// The last step of every path: from already-reduced RGBA to exactly the fitted size, with
// stb's sRGB-aware filter (at most a 2x change is left by now, so it is cheap).
DecodedSlide finish(const uint8_t* rgba, int width, int height, int pitch, int box_w, int box_h,
                    DecodedSlide out) {
    const SDL_Rect fitted = fit_into(out.source_width, out.source_height, box_w, box_h);
    SurfacePtr scaled = make_rgba_surface(fitted.w, fitted.h);
    if (fitted.w == width && fitted.h == height) {
        for (int y = 0; y < height; ++y)
            std::memcpy(static_cast<uint8_t*>(scaled->pixels) + static_cast<size_t>(y) * scaled->pitch,
                        rgba + static_cast<size_t>(y) * pitch, static_cast<size_t>(width) * 4);
    } else if (!stbir_resize_uint8_srgb(rgba, width, height, pitch,
                                        static_cast<unsigned char*>(scaled->pixels), scaled->w,
                                        scaled->h, scaled->pitch, 4, 3, 0)) {
        out.problem = "cannot scale the image";
        return out;
    }
    out.pixels = std::move(scaled);
    return out;
}

// Any format SDL_image reads: whole image, then the same box + stb reduction.
DecodedSlide decode_with_sdl_image(const std::filesystem::path& file, int box_w, int box_h,
                                   DecodedSlide out) {
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
    if (auto refused = size_refusal(loaded->w, loaded->h); !refused.empty()) {
        out.problem = refused;
        return out;
    }
    SurfacePtr rgba(SDL_ConvertSurfaceFormat(loaded.get(), SDL_PIXELFORMAT_RGBA32, 0));
    loaded.reset();
    if (!rgba) {
        out.problem = std::string("cannot convert the image (") + SDL_GetError() + ")";
        return out;
    }
    const SDL_Rect fitted = fit_into(rgba->w, rgba->h, box_w, box_h);
    const int factor = BoxDownscaler::factor_for(rgba->w, rgba->h, fitted.w, fitted.h);
    if (factor == 1)
        return finish(static_cast<const uint8_t*>(rgba->pixels), rgba->w, rgba->h, rgba->pitch,
                      box_w, box_h, std::move(out));
    BoxDownscaler box(rgba->w, rgba->h, factor);
    for (int y = 0; y < rgba->h; ++y)
        box.add_row(static_cast<const uint8_t*>(rgba->pixels) + static_cast<size_t>(y) * rgba->pitch);
    return finish(box.pixels().data(), box.out_width(), box.out_height(), box.out_width() * 4,
                  box_w, box_h, std::move(out));
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
    // The contents decide the decoder, not the name: a PNG saved as .jpg still shows.
    const FileKind kind = sniff(file);
    if (kind == FileKind::Unreadable) {
        out.problem = std::string("cannot open the file: ") + std::strerror(errno) +
                      " (check its permissions: chmod a+r)";
        return out;
    }
    ReducedImage reduced;
    if (kind == FileKind::Png) reduced = decode_png_reduced(file, box_w, box_h);
    if (kind == FileKind::Jpeg) reduced = decode_jpeg_reduced(file, box_w, box_h);

    out.source_width = reduced.source_width;
    out.source_height = reduced.source_height;
    switch (reduced.outcome) {
        case ReducedImage::Outcome::Refused:
            out.problem = reduced.problem;
            return out;
        case ReducedImage::Outcome::Decoded:
            return finish(reduced.rgba.data(), reduced.width, reduced.height, reduced.width * 4,
                          box_w, box_h, std::move(out));
        case ReducedImage::Outcome::NotHandled: break;
    }
    DecodedSlide decoded = decode_with_sdl_image(file, box_w, box_h, std::move(out));
    if (!decoded.pixels && kind == FileKind::Text)  // XPM is text, so SDL_image had its try
        decoded.problem = "the file holds text, not a picture (notes saved under a picture's name?)";
    return decoded;
}

}  // namespace lightning
