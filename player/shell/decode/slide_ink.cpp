#include "shell/decode/slide_ink.hpp"

#include <algorithm>

namespace lightning {

SlideInk slide_ink(const SDL_Surface& rgba) {
    SlideInk ink;
    if (rgba.w <= 0 || rgba.h <= 0 || !rgba.pixels) return ink;
    // Weighted by alpha, so a slide scaled down (check decodes into a small box, where see-through
    // and opaque pixels blend) counts the same as at full size. The scaler blends straight
    // colours, so ink over transparent black comes out darkened by its coverage: dividing by the
    // alpha undoes that (ink over transparent white then reads lighter: no false warning).
    double coverage = 0, light = 0;
    for (int y = 0; y < rgba.h; ++y) {
        const auto* row =
            static_cast<const unsigned char*>(rgba.pixels) + static_cast<long long>(y) * rgba.pitch;
        for (int x = 0; x < rgba.w; ++x) {
            const unsigned char* p = row + 4 * x;  // RGBA32: bytes r, g, b, a on every machine
            if (p[3] == 0) continue;
            const double alpha = p[3] / 255.0;
            coverage += alpha;
            light += alpha * std::min(1.0, luminance(Rgb{p[0], p[1], p[2]}) / alpha);
        }
    }
    const double pixels = static_cast<double>(rgba.w) * rgba.h;
    ink.transparent = 1.0 - coverage / pixels;
    ink.luminance = coverage > 0 ? light / coverage : 0;
    return ink;
}

}  // namespace lightning
