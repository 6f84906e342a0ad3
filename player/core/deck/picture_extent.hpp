#pragma once
// Whether a TGA or GIF file holds all the pixel data its header promises. SDL_image decodes
// either one cut short without an error (the missing rows come out black or see-through), so
// without this `check` would pass a half-copied slide that `play` then shows half drawn. Both
// `check` and `play` go through the decoder, which refuses such a file, so they agree.
#include <cstdint>
#include <span>
#include <string>

namespace lightning {

// "" when the file holds every pixel its header promises, else what is missing, e.g. "cut
// short: its pixels need 691218 bytes, the file has 414730". Damage other than a short file
// is the decoder's to judge. `bytes`: the whole file.
std::string tga_cut_short(std::span<const uint8_t> bytes);

// The same for a GIF's first frame (the one a slide shows): the file must not end before the
// frame's last data block. A missing trailer after it is tolerated, as every viewer does.
std::string gif_cut_short(std::span<const uint8_t> bytes);

}  // namespace lightning
