#pragma once
// Whether a PNG or JPEG file is whole, from its structure alone: no pixel is decoded. `check`
// reads 1000 slides in seconds this way (a noisy 6 MB 1080p PNG takes ~15 ms of CPU to decode,
// its structure about 1 ms), and decodes only what the structure cannot vouch for.
//   PNG:  the signature, a valid IHDR first, every chunk inside the file and matching its CRC,
//         the pixel data (IDAT) in one run and starting with a valid zlib header, IEND present.
//   JPEG: SOI, every marker segment inside the file, a frame header (SOF) before the first scan,
//         the scans walked marker by marker to an EOI.
// What it does not prove: that the compressed pixel data decodes. A PNG's bytes changed after it
// was written (a bad copy) break a CRC; any file cut short ends early. A JPEG has no checksum:
// a changed byte inside its scan data goes unseen, as it would in play (a smudge, not a
// placeholder). A file written wrong with valid CRCs shows up when it is played or rendered.
#include <cstdint>
#include <span>
#include <string>

#include "core/deck/image_header.hpp"

namespace lightning {

struct PictureIntegrity {
    enum class Verdict {
        Whole,       // the structure is sound
        Damaged,     // `problem` says where and how
        NotChecked,  // not PNG/JPEG, or a variant only a decoder can judge (12-bit or lossless
                     // JPEG, a PNG with an unknown critical chunk): decode it to know
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
