#pragma once
// Whether a PNG or JPEG file is whole, from its structure alone: no pixel is decoded. `check`
// reads 1000 slides in seconds this way (a noisy 6 MB 1080p PNG takes ~15 ms of CPU to decode,
// its structure about 1 ms), and decodes only what the structure cannot vouch for.
//   PNG:  the signature, a valid IHDR first, every chunk inside the file and matching its CRC,
//         the pixel data (IDAT) in one run, IEND present; then the pixel data inflated (not
//         unfiltered, never kept) to prove it decodes: see png_pixel_data.hpp.
//   JPEG: SOI, every marker segment inside the file, a frame header (SOF) before the first scan,
//         the scans walked marker by marker to an EOI.
// What it does not prove: that a JPEG's entropy-coded data decodes. It has no checksum, and a
// changed byte in it can make libjpeg run out of data before the last row (a placeholder in
// play): `check` decodes every JPEG (at 1/8 size, cheap) and uses this for the words only.
#include <cstdint>
#include <span>
#include <string>

#include "core/deck/image_header.hpp"

namespace lightning {

struct PictureIntegrity {
    enum class Verdict {
        Whole,       // the structure is sound
        Damaged,     // `problem` says where and how
        NotChecked,  // not PNG/JPEG, or only a decoder can judge it (12-bit or lossless JPEG,
                     // a PNG with an alpha channel, an unknown critical chunk or raw pixel data
                     // over 80 MB)
    };
    Verdict verdict = Verdict::NotChecked;
    std::string
        problem;         // for Damaged, e.g. "the IDAT chunk at byte 4711 fails its CRC check: ..."
    ImageHeader header;  // format, size and interlace, when the header was read
    // A PNG with an alpha channel or a tRNS chunk: only its pixels can say whether the slide
    // would be see-through. JPEGs and other PNGs are opaque.
    bool may_be_transparent = false;
};

// `bytes`: the whole file.
PictureIntegrity check_picture_integrity(std::span<const uint8_t> bytes);

}  // namespace lightning
