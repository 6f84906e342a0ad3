#pragma once
// What a slide image is, from its first bytes only (no decoding): format, size, and whether it
// is interlaced (PNG) or progressive (JPEG). `check` estimates decode cost from these facts, so
// its advice does not depend on how busy the machine is.
#include <filesystem>
#include <string>

namespace lightning {

struct ImageHeader {
    std::string format;  // "png", "jpeg", or "" when not recognised
    int width = 0, height = 0;
    bool interlaced = false;  // Adam7 PNG or progressive JPEG: decoded in several passes
};

ImageHeader read_image_header(const std::filesystem::path& file);

// Estimated decode time on a modest laptop core (2020s), in ms: per-pixel costs measured for
// SDL_image/stb, doubled for multi-pass images; unknown formats count as the slowest.
double estimated_decode_ms(const ImageHeader& header);

}  // namespace lightning
