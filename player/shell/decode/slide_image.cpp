#include "shell/decode/slide_image.hpp"

#include <stb/stb_image_resize.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <span>
#include <vector>

#include "core/deck/image_formats.hpp"
#include "core/deck/picture_extent.hpp"
#include "core/file/read_whole.hpp"
#include "shell/decode/box_downscale.hpp"
#include "shell/decode/image_decoders.hpp"
#include "shell/decode/image_header.hpp"
#include "shell/decode/sdl_image_module.hpp"

namespace lightning {

SDL_Rect fit_into(int width, int height, int box_w, int box_h) {
    if (width <= 0 || height <= 0) return SDL_Rect{0, 0, box_w, box_h};
    const double scale =
        std::min(static_cast<double>(box_w) / width, static_cast<double>(box_h) / height);
    const int w = std::max(1, static_cast<int>(std::lround(width * scale)));
    const int h = std::max(1, static_cast<int>(std::lround(height * scale)));
    return SDL_Rect{(box_w - w) / 2, (box_h - h) / 2, w, h};
}

SurfacePtr make_slide_surface(int width, int height, PixelOrder order, bool opaque) {
    const Uint32 format = order == PixelOrder::Rgba ? SDL_PIXELFORMAT_RGBA32
                          : opaque                  ? SDL_PIXELFORMAT_RGB888
                                                    : SDL_PIXELFORMAT_ARGB8888;
    SurfacePtr surface(SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, format));
    if (!surface)
        throw SdlError("cannot allocate a " + std::to_string(width) + "x" + std::to_string(height) +
                       " image");
    return surface;
}

namespace {

// The last step of every path: from already-reduced pixels (in the order asked) to exactly the
// fitted size, with stb's sRGB-aware filter (at most a 2x change is left by now, so it is cheap).
DecodedSlide finish(const uint8_t* rgba, int width, int height, int pitch, int box_w, int box_h,
                    PixelOrder order, bool opaque, DecodedSlide out) {
    const SDL_Rect fitted = fit_into(out.source_width, out.source_height, box_w, box_h);
    SurfacePtr scaled = make_slide_surface(fitted.w, fitted.h, order, opaque);
    if (fitted.w == width && fitted.h == height) {
        for (int y = 0; y < height; ++y)
            std::memcpy(
                static_cast<uint8_t*>(scaled->pixels) + static_cast<size_t>(y) * scaled->pitch,
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

// WebP, GIF, BMP, TIFF, TGA, QOI, PNM and interlaced PNG through SDL_image, as the type the header
// said (so SDL_image cannot pick another decoder than the one whose size was checked): whole image,
// then the same box + stb reduction.
DecodedSlide decode_with_sdl_image(const std::filesystem::path& file, PictureFormat format,
                                   int box_w, int box_h, PixelOrder order, DecodedSlide out) {
    const char* type = format == PictureFormat::Png    ? "PNG"  // interlaced: rows do not stream
                       : format == PictureFormat::WebP ? "WEBP"
                       : format == PictureFormat::Gif  ? "GIF"
                       : format == PictureFormat::Bmp  ? "BMP"
                       : format == PictureFormat::Tiff ? "TIF"
                       : format == PictureFormat::Tga  ? "TGA"
                       : format == PictureFormat::Qoi  ? "QOI"
                                                       : "PNM";
    std::string problem;
    SurfacePtr loaded = load_with_sdl_image(file.string(), type, problem);
    if (!loaded) {
        out.problem = problem.find("SDL_image") != std::string::npos
                          ? problem  // not the file's fault
                          : std::string("the ") + picture_format_name(format) +
                                " file is damaged or cut short (" + problem +
                                "); copy it again, or export it again";
        return out;
    }
    out.source_width = loaded->w;
    out.source_height = loaded->h;
    if (auto refused = size_refusal(loaded->w, loaded->h); !refused.empty()) {
        out.problem = refused;
        return out;
    }
    SurfacePtr rgba(SDL_ConvertSurfaceFormat(
        loaded.get(), order == PixelOrder::Rgba ? SDL_PIXELFORMAT_RGBA32 : SDL_PIXELFORMAT_ARGB8888,
        0));
    loaded.reset();
    if (!rgba) {
        out.problem = std::string("cannot convert the image (") + SDL_GetError() + ")";
        return out;
    }
    const SDL_Rect fitted = fit_into(rgba->w, rgba->h, box_w, box_h);
    const int factor = BoxDownscaler::factor_for(rgba->w, rgba->h, fitted.w, fitted.h);
    if (factor == 1)
        return finish(static_cast<const uint8_t*>(rgba->pixels), rgba->w, rgba->h, rgba->pitch,
                      box_w, box_h, order, false, std::move(out));
    BoxDownscaler box(rgba->w, rgba->h, factor);
    for (int y = 0; y < rgba->h; ++y)
        box.add_row(static_cast<const uint8_t*>(rgba->pixels) +
                    static_cast<size_t>(y) * rgba->pitch);
    return finish(box.pixels().data(), box.out_width(), box.out_height(), box.out_width() * 4,
                  box_w, box_h, order, false, std::move(out));
}

// A TGA or GIF cut short, which SDL_image would decode with its missing rows blank: what is
// missing, or "" (see picture_extent.hpp). A file that cannot be read here, or is larger than
// any slide needs, is left to the decoder.
std::string pixel_data_missing(const std::filesystem::path& file, PictureFormat format) {
    constexpr size_t kMaxReadWhole = size_t{256} << 20;
    std::vector<uint8_t> buffer;
    const auto read = read_whole_file(file, buffer, kMaxReadWhole);
    if (!read) return {};
    return format == PictureFormat::Tga ? tga_cut_short(*read) : gif_cut_short(*read);
}

}  // namespace

DecodedSlide decode_slide(const std::filesystem::path& name, int box_w, int box_h,
                          const std::atomic<bool>* abandoned, PixelOrder order,
                          const std::filesystem::path* read_through) {
    const std::filesystem::path& file = read_through ? *read_through : name;
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
    PictureHeader header;
    {
        std::unique_ptr<FILE, int (*)(FILE*)> handle(std::fopen(file.c_str(), "rb"), std::fclose);
        if (!handle) {
            out.problem = std::string("cannot open the file: ") + std::strerror(errno) +
                          " (check its permissions: chmod a+r)";
            return out;
        }
        header = read_picture_header(handle.get(), name);
    }
    switch (header.format) {
        case PictureFormat::Text:
            out.problem =
                "the file holds text, not a picture (notes saved under a picture's name?)";
            return out;
        case PictureFormat::Unsupported:
            out.problem = "the file is " + unsupported_picture_advice(header.unsupported);
            return out;
        case PictureFormat::Unknown:
            out.problem =
                "cannot decode the image (it is not a PNG, JPEG, WebP, GIF, BMP, TIFF, TGA, QOI or "
                "PNM picture); export it again as PNG or JPEG";
            return out;
        default:
            break;
    }
    // Every format but JPEG (whose size libjpeg reads below) is refused here, before a decoder
    // allocates anything, when it claims too many pixels.
    if (header.format != PictureFormat::Jpeg) {
        if (!header.size_read) {
            out.problem = std::string("the ") + picture_format_name(header.format) +
                          " file is damaged or cut short (its header has no size); copy it again, "
                          "or export it again";
            return out;
        }
        out.source_width = static_cast<int>(std::min<long long>(header.width, 1 << 30));
        out.source_height = static_cast<int>(std::min<long long>(header.height, 1 << 30));
        if (auto refused = size_refusal(header.width, header.height); !refused.empty()) {
            out.problem = refused;
            return out;
        }
    }
    ReducedImage reduced;
    if (header.format == PictureFormat::Png)
        reduced = decode_png_reduced(file, box_w, box_h, abandoned, order);
    if (header.format == PictureFormat::Jpeg)
        reduced = decode_jpeg_reduced(file, box_w, box_h, abandoned, order);
    if (reduced.outcome != ReducedImage::Outcome::NotHandled) {
        out.source_width = reduced.source_width;
        out.source_height = reduced.source_height;
    }
    switch (reduced.outcome) {
        case ReducedImage::Outcome::Refused:
            out.problem = reduced.problem;
            return out;
        case ReducedImage::Outcome::Decoded:
            if (reduced.surface) {  // decoded straight into its surface at the fitted size
                out.pixels = std::move(reduced.surface);
                return out;
            }
            return finish(reduced.rgba.data(), reduced.width, reduced.height, reduced.width * 4,
                          box_w, box_h, order, reduced.opaque, std::move(out));
        case ReducedImage::Outcome::NotHandled:
            break;
    }
    if (header.format == PictureFormat::Jpeg) {  // libjpeg could not read even the header
        out.problem =
            "the JPEG file is damaged or cut short (no image header); copy it again, or export it "
            "again";
        return out;
    }
    if (header.width * header.height > kMaxWholeSlidePixels) {
        const bool interlaced_png = header.format == PictureFormat::Png;
        out.problem = std::string("the ") +
                      (interlaced_png ? "interlaced PNG" : picture_format_name(header.format)) +
                      " is " + std::to_string(header.width) + "x" + std::to_string(header.height) +
                      " pixels, and a picture of this kind is decoded whole: too large to be "
                      "ready in time; export it again at 3840x2160 or smaller" +
                      (interlaced_png ? ", or as a PNG without interlacing" : "");
        return out;
    }
    if (header.format == PictureFormat::Tga || header.format == PictureFormat::Gif) {
        const std::string missing = pixel_data_missing(file, header.format);
        if (!missing.empty()) {
            out.problem = std::string("the ") + picture_format_name(header.format) + " file is " +
                          missing + "; copy it again, or export it again";
            return out;
        }
    }
    return decode_with_sdl_image(file, header.format, box_w, box_h, order, std::move(out));
}

}  // namespace lightning
