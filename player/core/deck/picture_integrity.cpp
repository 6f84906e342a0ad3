#include "core/deck/picture_integrity.hpp"

#include <libdeflate.h>

#include <algorithm>
#include <cstring>

#include "core/deck/png_pixel_data.hpp"

namespace lightning {

namespace {

using Verdict = PictureIntegrity::Verdict;
using Bytes = std::span<const uint8_t>;

uint32_t be16(const uint8_t* p) {
    return (uint32_t{p[0]} << 8) | p[1];
}
uint32_t be32(const uint8_t* p) {
    return (be16(p) << 16) | be16(p + 2);
}

PictureIntegrity damaged(PictureIntegrity out, std::string problem) {
    out.verdict = Verdict::Damaged;
    out.problem = std::move(problem);
    return out;
}

std::string at_byte(size_t at) {
    return "at byte " + std::to_string(at);
}

// --- PNG -------------------------------------------------------------------------------------

bool is_chunk_type(const uint8_t* type) {
    return std::all_of(type, type + 4,
                       [](uint8_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); });
}

// The bit depths PNG allows for each colour type (0 grey, 2 RGB, 3 palette, 4 grey + alpha,
// 6 RGBA); anything else libpng refuses, with its own words.
bool valid_depth(uint8_t colour, uint8_t depth) {
    switch (colour) {
        case 0:
            return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
        case 3:
            return depth == 1 || depth == 2 || depth == 4 || depth == 8;
        case 2:
        case 4:
        case 6:
            return depth == 8 || depth == 16;
        default:
            return false;
    }
}

// A zlib stream begins with CMF and FLG: deflate (CM 8), a window of at most 32 KB, no preset
// dictionary, and the pair a multiple of 31.
bool zlib_header(uint8_t cmf, uint8_t flg) {
    return (cmf & 0x0F) == 8 && (cmf >> 4) <= 7 && !(flg & 0x20) && (cmf * 256 + flg) % 31 == 0;
}

PictureIntegrity check_png(Bytes b) {
    PictureIntegrity out;
    out.header.format = "png";
    bool unusual = false;  // valid structure the decoder must judge (an odd IHDR, an unknown
                           // critical chunk, IDATs not in one run, no PLTE for a palette)
    bool palette = false, seen_plte = false, idat_ended = false;
    size_t idat_chunks = 0, idat_bytes = 0, chunks = 0;
    uint8_t zlib_start[2] = {0, 0};
    size_t at = 8;
    for (;; ++chunks) {
        if (at == b.size())
            return damaged(out, "cut short: the file ends " + at_byte(at) + " with no IEND chunk");
        if (b.size() - at < 12)
            return damaged(out, "cut short: the file ends inside the chunk " + at_byte(at));
        const uint32_t length = be32(&b[at]);
        const uint8_t* type = &b[at + 4];
        const std::string name(reinterpret_cast<const char*>(type), 4);
        if (!is_chunk_type(type) || length > 0x7FFFFFFFu)
            return damaged(out, "no valid chunk " + at_byte(at));
        if (length > b.size() - at - 12)
            return damaged(out, "cut short: the file ends " + at_byte(b.size()) + " inside the " +
                                    name + " chunk that starts " + at_byte(at));
        const uint8_t* data = type + 4;
        const uint32_t crc = libdeflate_crc32(0, type, size_t{length} + 4);
        if (crc != be32(data + length))
            return damaged(out, "the " + name + " chunk " + at_byte(at) +
                                    " fails its CRC check: its bytes changed after it was written");
        if (chunks == 0 && (name != "IHDR" || length != 13))
            return damaged(out, "no IHDR chunk at the start");
        if (name != "IDAT" && idat_chunks > 0) idat_ended = true;
        if (name == "IHDR") {
            if (chunks > 0) return damaged(out, "a second IHDR chunk " + at_byte(at));
            const uint32_t width = be32(data), height = be32(data + 4);
            const uint8_t depth = data[8], colour = data[9];
            out.header.width = static_cast<int>(std::min<uint32_t>(width, 1u << 30));
            out.header.height = static_cast<int>(std::min<uint32_t>(height, 1u << 30));
            out.header.interlaced = data[12] == 1;
            out.header.bits_per_sample = depth;
            out.may_be_transparent = colour == 4 || colour == 6;
            palette = colour == 3;
            unusual = unusual || width == 0 || height == 0 || !valid_depth(colour, depth) ||
                      data[10] != 0 || data[11] != 0 || data[12] > 1;
        } else if (name == "PLTE") {
            seen_plte = true;
        } else if (name == "tRNS") {
            out.may_be_transparent = true;
        } else if (name == "IDAT") {
            unusual = unusual || idat_ended;
            for (uint32_t i = 0; i < length && idat_bytes + i < 2; ++i)
                zlib_start[idat_bytes + i] = data[i];
            idat_bytes += length;
            ++idat_chunks;
        } else if (name == "IEND") {
            break;
        } else if (type[0] >= 'A' && type[0] <= 'Z') {
            unusual = true;  // a critical chunk this checker does not know
        }
        at += 12 + size_t{length};
    }
    // Bytes after IEND are ignored, as every decoder does.
    if (idat_bytes >= 2 && !zlib_header(zlib_start[0], zlib_start[1]))
        return damaged(out, "the pixel data (IDAT) does not start with a zlib header");
    if (unusual || idat_bytes < 2 || (palette && !seen_plte)) return out;  // NotChecked
    // Sound chunks with valid CRCs can still hold pixel data that was wrong before its CRCs were
    // computed (a broken encoder or converter): inflate it. A PNG with an alpha channel is left
    // NotChecked instead: it is decoded anyway, for its transparency, and that decode judges it.
    if (out.may_be_transparent) return out;
    const PngPixelData pixels = verify_png_pixel_data(b);
    if (pixels.verdict == PngPixelData::Verdict::Damaged) return damaged(out, pixels.problem);
    if (pixels.verdict == PngPixelData::Verdict::TooLarge) return out;  // a decoder streams it
    out.verdict = Verdict::Whole;
    return out;
}

// --- JPEG ------------------------------------------------------------------------------------

// From just after a scan header to the next marker that is not part of the entropy-coded data
// (0xFF 0x00 is a stuffed byte, 0xFF 0xD0..0xD7 a restart marker, 0xFF 0xFF fill): its offset,
// or b.size() when the file ends first.
size_t end_of_scan(Bytes b, size_t at) {
    while (at < b.size()) {
        const void* ff = std::memchr(b.data() + at, 0xFF, b.size() - at);
        if (!ff) return b.size();
        at = static_cast<size_t>(static_cast<const uint8_t*>(ff) - b.data());
        if (at + 1 >= b.size()) return b.size();
        const uint8_t next = b[at + 1];
        if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) return at;
        at += next == 0xFF ? 1 : 2;
    }
    return b.size();
}

PictureIntegrity check_jpeg(Bytes b) {
    PictureIntegrity out;
    out.header.format = "jpeg";
    bool unusual = false;  // lossless, arithmetic, hierarchical or 12-bit: the decoder judges
    bool frame = false, scan = false;
    const auto cut_short = [&](size_t at) {
        return damaged(out, "cut short: the file ends " + at_byte(b.size()) +
                                " with no end marker (EOI), inside the segment " + at_byte(at));
    };
    size_t at = 2;
    while (true) {
        // Bytes between segments: libjpeg skips them with a warning (camera files have them).
        while (at < b.size() && b[at] != 0xFF) ++at;
        while (at + 1 < b.size() && b[at + 1] == 0xFF) ++at;  // fill bytes before a marker
        if (at + 1 >= b.size())
            return damaged(
                out, "cut short: the file ends " + at_byte(b.size()) + " with no end marker (EOI)");
        const uint8_t marker = b[at + 1];
        if (marker == 0xD9) {                 // EOI
            if (!frame || !scan) return out;  // no image: the decoder says so in its words
            if (!unusual) out.verdict = Verdict::Whole;
            return out;
        }
        if (marker == 0xD8) return out;  // a second SOI: only a decoder can say what it means
        if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2;  // stray stuffing, TEM or a restart marker outside a scan: no length
            continue;
        }
        if (b.size() - at < 4) return cut_short(at);
        const uint32_t length = be16(&b[at + 2]);
        if (length < 2) return damaged(out, "a marker segment " + at_byte(at) + " has no length");
        if (length > b.size() - at - 2) return cut_short(at);
        const uint8_t* data = &b[at + 4];
        const bool sof =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (length < 8) return damaged(out, "a frame header " + at_byte(at) + " is too short");
            unusual = unusual || frame || marker > 0xC2 || data[0] != 8;
            out.header.height = static_cast<int>(be16(data + 1));
            out.header.width = static_cast<int>(be16(data + 3));
            out.header.interlaced =
                marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
            frame = true;
        }
        at += 2 + length;
        if (marker == 0xDA) {  // SOS: the entropy-coded data follows, up to the next marker
            if (!frame) return out;
            scan = true;
            at = end_of_scan(b, at);
            if (at == b.size())
                return damaged(out, "cut short: the file ends " + at_byte(b.size()) +
                                        " inside the image data, with no end marker (EOI)");
        }
    }
}

}  // namespace

PictureIntegrity check_picture_integrity(std::span<const uint8_t> bytes) {
    static constexpr uint8_t kPng[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (bytes.size() >= 8 && std::equal(std::begin(kPng), std::end(kPng), bytes.begin()))
        return check_png(bytes);
    if (bytes.size() >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        return check_jpeg(bytes);
    return {};
}

}  // namespace lightning
