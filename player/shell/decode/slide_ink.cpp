#include "shell/decode/slide_ink.hpp"

#include <algorithm>

namespace lightning {

SlideInk slide_ink(const SDL_Surface& rgba) {
    InkCounter counter;
    if (rgba.w <= 0 || rgba.h <= 0 || !rgba.pixels) return counter.finish(0);
    // Weighted by alpha, so a slide scaled down (check decodes into a small box, where see-through
    // and opaque pixels blend) counts the same as at full size. The box scaler blends straight
    // colours, so ink over transparent black comes out darkened by its coverage: dividing each
    // channel by the alpha undoes that (ink over transparent white then reads lighter).
    const auto straight = [](unsigned char channel, double alpha) {
        return static_cast<unsigned char>(std::min(255.0, channel / alpha + 0.5));
    };
    for (int y = 0; y < rgba.h; ++y) {
        const auto* row =
            static_cast<const unsigned char*>(rgba.pixels) + static_cast<long long>(y) * rgba.pitch;
        for (int x = 0; x < rgba.w; ++x) {
            const unsigned char* p = row + 4 * x;  // RGBA32: bytes r, g, b, a on every machine
            if (p[3] == 0) continue;
            const double alpha = p[3] / 255.0;
            counter.add(Rgb{straight(p[0], alpha), straight(p[1], alpha), straight(p[2], alpha)},
                        alpha);
        }
    }
    return counter.finish(static_cast<double>(rgba.w) * rgba.h);
}

}  // namespace lightning
