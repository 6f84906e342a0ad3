#pragma once
// How `check` reads one slide, so that what it passes is what play shows. A PNG has its
// structure checked (every CRC) and its pixel data inflated (not decoded: ~2/3 of a decode's
// cost); it is decoded only when that cannot vouch for it (damaged: the decoder's own words then
// say how; a variant only a decoder can judge) or when only its pixels can say whether it is
// see-through. A JPEG has its structure checked (for the words about damage) and is always
// decoded, at 1/8 size: its scan data has no checksum. Other formats are decoded into a small
// box: only whether they decode, their own size and their ink matter here. PDF pages are
// rendered at the screen's size (their size is the rendered one). Files are read with pread,
// never mapped. Runs on any thread, with that thread's own SlideSource.
#include <string>

#include "core/deck/deck.hpp"
#include "core/deck/image_header.hpp"
#include "core/frame/slide_look.hpp"
#include "shell/decode/slide_image.hpp"
#include "shell/decode/slide_source.hpp"

namespace lightning {

struct SlideRead {
    DecodedSlide decoded;  // the problem and the file's size; pixels are never kept
    SlideInk ink;          // what shows over the background (not decoded: opaque)
    ImageHeader header;    // a PNG's or JPEG's format, size and interlace, for the decode estimate
    std::string damage;    // structural damage the decoder went past (a CRC that fails)
    double page_ms = 0;    // how long a PDF page took to draw at the screen's size (timed: a
                           // page has no header to estimate from)
};

// Slide `k` (0-based) of `deck`; `screen_w` x `screen_h` is the size PDF pages are drawn at.
SlideRead read_slide(SlideSource& source, const Deck& deck, int k, int screen_w, int screen_h);

}  // namespace lightning
