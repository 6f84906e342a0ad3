#pragma once
// SDL_image reads the slide formats lightning does not decode itself (WebP, GIF, BMP, TIFF, TGA,
// QOI, PNM, interlaced PNG). It and the libraries it links (libtiff, libwebp, libjbig, ...) cost
// every start about 4 ms of dynamic linking, though most decks are PNG and JPEG only: it is
// loaded the first time such a slide is decoded, and stays loaded.
#include <string>

#include "shell/platform/sdl_handles.hpp"

namespace lightning {

// Reads `file` as `type` (SDL_image's name: "WEBP", "GIF", ...). Null with `problem` set
// (SDL_image's own words, or that SDL_image is missing) when it cannot.
SurfacePtr load_with_sdl_image(const std::string& file, const char* type, std::string& problem);

}  // namespace lightning
