#pragma once
// What a slide image is, from its header only (no decoding): format, size, and whether it is
// interlaced (PNG) or progressive (JPEG); check_picture_integrity reads it. `check` estimates
// decode cost from these facts, so its advice does not depend on how busy the machine is.
#include <string>

namespace lightning {

struct ImageHeader {
    std::string format;  // "png", "jpeg", or "" when not recognised
    int width = 0, height = 0;
    bool interlaced = false;  // Adam7 PNG or progressive JPEG: decoded in several passes
    int bits_per_sample = 8;  // a 16-bit PNG has twice the data to inflate and unfilter
};

// Estimated decode time on a modest laptop core (2020s), in ms: per-pixel costs measured for
// SDL_image/stb, doubled for multi-pass images and for 16-bit samples (a 3840x2160 16-bit PNG
// took 1.13 s to render against 0.95 s for its 8-bit copy, `lightning render` on this machine);
// unknown formats count as the slowest.
double estimated_decode_ms(const ImageHeader& header);

}  // namespace lightning
