#include "shell/export/yuv_image.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace lightning {

namespace {

// BT.709 (Kr 0.2126, Kb 0.0722), limited range: Y in 16..235, U and V in 16..240. Coefficients
// in 16.16 fixed point with the range scaling (219/255, 224/255) folded in.
constexpr int fixed(double v) {
    return static_cast<int>(v * 65536.0 + (v < 0 ? -0.5 : 0.5));
}
constexpr double kY = 219.0 / 255.0, kC = 224.0 / 255.0;
constexpr int kYr = fixed(0.2126 * kY), kYg = fixed(0.7152 * kY), kYb = fixed(0.0722 * kY);
constexpr int kUr = fixed(-0.2126 / 1.8556 * kC), kUg = fixed(-0.7152 / 1.8556 * kC),
              kUb = fixed(0.5 * kC);
constexpr int kVr = fixed(0.5 * kC), kVg = fixed(-0.7152 / 1.5748 * kC),
              kVb = fixed(-0.0722 / 1.5748 * kC);
constexpr int kHalf = 1 << 15;

}  // namespace

YuvImage::YuvImage(int width, int height) : width_(width), height_(height) {
    if (width <= 0 || height <= 0 || width % 2 || height % 2)
        throw std::invalid_argument("a yuv420p image needs an even width and height, not " +
                                    std::to_string(width) + "x" + std::to_string(height));
    bytes_.assign(static_cast<std::size_t>(width) * height * 3 / 2, 0);
}

void YuvImage::convert(const SDL_Surface* rgba, SDL_Rect area) {
    // Whole 2x2 blocks only, inside the image.
    const int x0 = std::clamp(area.x & ~1, 0, width_), y0 = std::clamp(area.y & ~1, 0, height_);
    const int x1 = std::clamp((area.x + area.w + 1) & ~1, 0, width_);
    const int y1 = std::clamp((area.y + area.h + 1) & ~1, 0, height_);
    const auto* pixels = static_cast<const std::uint8_t*>(rgba->pixels);
    const std::size_t pitch = static_cast<std::size_t>(rgba->pitch);
    std::uint8_t* y_plane = bytes_.data();
    std::uint8_t* u_plane = y_plane + static_cast<std::size_t>(width_) * height_;
    std::uint8_t* v_plane = u_plane + static_cast<std::size_t>(width_ / 2) * (height_ / 2);
    for (int y = y0; y < y1; y += 2) {
        const std::uint8_t* top = pixels + static_cast<std::size_t>(y) * pitch;
        const std::uint8_t* bottom = top + pitch;
        std::uint8_t* y_top = y_plane + static_cast<std::size_t>(y) * width_;
        std::uint8_t* y_bottom = y_top + width_;
        std::uint8_t* u = u_plane + static_cast<std::size_t>(y / 2) * (width_ / 2);
        std::uint8_t* v = v_plane + static_cast<std::size_t>(y / 2) * (width_ / 2);
        for (int x = x0; x < x1; x += 2) {
            const std::uint8_t* p[4] = {top + x * 4, top + x * 4 + 4, bottom + x * 4,
                                        bottom + x * 4 + 4};
            std::uint8_t* out[4] = {y_top + x, y_top + x + 1, y_bottom + x, y_bottom + x + 1};
            int r = 0, g = 0, b = 0;
            for (int i = 0; i < 4; ++i) {
                *out[i] = static_cast<std::uint8_t>(
                    (kYr * p[i][0] + kYg * p[i][1] + kYb * p[i][2] + kHalf) / 65536 + 16);
                r += p[i][0];
                g += p[i][1];
                b += p[i][2];
            }
            // The block's average colour (the sums are 4x; 2^18 divides by 4 and the fixed point).
            constexpr int kBias = (128 << 18) + (1 << 17);
            u[x / 2] = static_cast<std::uint8_t>((kUr * r + kUg * g + kUb * b + kBias) >> 18);
            v[x / 2] = static_cast<std::uint8_t>((kVr * r + kVg * g + kVb * b + kBias) >> 18);
        }
    }
}

}  // namespace lightning
