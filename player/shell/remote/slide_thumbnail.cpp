#include "shell/remote/slide_thumbnail.hpp"

#include <stb/stb_image_write.h>

#include <algorithm>
#include <vector>

namespace lightning {

std::string jpeg_thumbnail(const SDL_Surface& pixels, int max_width, int max_height) {
    if (!pixels.format || pixels.w <= 0 || pixels.h <= 0 || !pixels.pixels) return {};
    const Uint32 format = pixels.format->format;
    // Where red, green and blue sit in a pixel's four bytes (little-endian memory).
    int red = 0, green = 1, blue = 2;
    bool has_alpha = false;
    if (format == SDL_PIXELFORMAT_ABGR8888) {  // RGBA32 on a little-endian machine
        has_alpha = true;
    } else if (format == SDL_PIXELFORMAT_ARGB8888 || format == SDL_PIXELFORMAT_RGB888) {
        red = 2;
        blue = 0;
        has_alpha = format == SDL_PIXELFORMAT_ARGB8888;
    } else {
        return {};
    }
    // A whole number of source pixels per thumbnail pixel: a box average is sharp enough for a
    // phone, and costs one pass over the bytes.
    const int step = std::max(
        {1, (pixels.w + max_width - 1) / max_width, (pixels.h + max_height - 1) / max_height});
    const int width = pixels.w / step, height = pixels.h / step;
    if (width <= 0 || height <= 0) return {};
    std::vector<unsigned char> rgb(static_cast<size_t>(width) * static_cast<size_t>(height) * 3);
    const auto* bytes = static_cast<const unsigned char*>(pixels.pixels);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            unsigned sum[3] = {0, 0, 0};
            for (int dy = 0; dy < step; ++dy) {
                const unsigned char* row =
                    bytes + static_cast<size_t>(y * step + dy) * static_cast<size_t>(pixels.pitch);
                for (int dx = 0; dx < step; ++dx) {
                    const unsigned char* p = row + static_cast<size_t>(x * step + dx) * 4;
                    const unsigned alpha = has_alpha ? p[3] : 255u;
                    sum[0] += p[red] * alpha / 255u;
                    sum[1] += p[green] * alpha / 255u;
                    sum[2] += p[blue] * alpha / 255u;
                }
            }
            const unsigned count = static_cast<unsigned>(step * step);
            unsigned char* out = &rgb[(static_cast<size_t>(y) * static_cast<size_t>(width) +
                                       static_cast<size_t>(x)) *
                                      3];
            for (int c = 0; c < 3; ++c) out[c] = static_cast<unsigned char>(sum[c] / count);
        }
    }
    std::string jpeg;
    const auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                                   static_cast<size_t>(size));
    };
    if (!stbi_write_jpg_to_func(append, &jpeg, width, height, 3, rgb.data(), 80)) return {};
    return jpeg;
}

}  // namespace lightning
