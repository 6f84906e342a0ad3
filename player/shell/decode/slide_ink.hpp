#pragma once
// Counts what a decoded slide would show over a background (check's "invisible slide" warning).
#include <SDL.h>

#include "core/frame/slide_look.hpp"

namespace lightning {

// `rgba`: an SDL_PIXELFORMAT_RGBA32 surface, as decode_slide makes. `transparent` is 1 - the mean
// alpha; `content` the alpha-weighted histogram of the visible pixels' luminance.
SlideInk slide_ink(const SDL_Surface& rgba);

}  // namespace lightning
