#pragma once
// A slide as the phone shows it: a small JPEG made from the pixels the projector's window already
// decoded (never a second decode of a 4K file), on the phone server's thread. It only reads the
// surface's bytes: SDL's blitters would write the source's blit map, which the window's thread
// owns.
#include <SDL.h>

#include <string>

namespace lightning {

// The surface (RGBA32, ARGB8888 or XRGB8888, as the slide cache holds them) scaled down by
// averaging boxes of pixels to fit max_width x max_height, as JPEG bytes; empty for any other
// format or size. Transparent pixels are put on black, as the projector shows them.
std::string jpeg_thumbnail(const SDL_Surface& pixels, int max_width, int max_height);

}  // namespace lightning
