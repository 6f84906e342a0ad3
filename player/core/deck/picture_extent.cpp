#include "core/deck/picture_extent.hpp"

namespace lightning {

namespace {

using Bytes = std::span<const uint8_t>;

size_t le16(Bytes b, size_t at) {
    return size_t{b[at]} | (size_t{b[at + 1]} << 8);
}

std::string ends_at(Bytes b, const std::string& inside) {
    return "cut short: the file ends at byte " + std::to_string(b.size()) + " inside " + inside;
}

}  // namespace

std::string tga_cut_short(Bytes b) {
    if (b.size() < 18) return ends_at(b, "its 18-byte header");
    const size_t id_length = b[0], colour_map_type = b[1], image_type = b[2];
    const size_t map_entries = le16(b, 5), map_entry_bits = b[7];
    const size_t width = le16(b, 12), height = le16(b, 14), pixel_bits = b[16];
    const size_t pixel_bytes = (pixel_bits + 7) / 8;
    size_t at =
        18 + id_length + (colour_map_type == 1 ? map_entries * ((map_entry_bits + 7) / 8) : 0);
    if (at > b.size()) return ends_at(b, "its colour map");
    const size_t pixels = width * height;  // at most 65535², no overflow in size_t
    if (pixel_bytes == 0) return {};       // the decoder refuses it in its own words
    if (image_type >= 1 && image_type <= 3) {
        const size_t need = at + pixels * pixel_bytes;
        if (need <= b.size()) return {};
        return "cut short: its " + std::to_string(width) + "x" + std::to_string(height) +
               " pixels need " + std::to_string(need) + " bytes, the file has " +
               std::to_string(b.size());
    }
    if (image_type >= 9 && image_type <= 11) {
        // Run-length packets: a header byte, then one pixel repeated (high bit set) or that many
        // literal pixels, until every pixel of the picture is covered.
        size_t covered = 0;
        while (covered < pixels) {
            if (at >= b.size()) break;
            const uint8_t packet = b[at++];
            const size_t count = size_t{packet & 0x7Fu} + 1;
            const size_t data = (packet & 0x80) ? pixel_bytes : count * pixel_bytes;
            if (data > b.size() - at) {
                at = b.size() + 1;
                break;
            }
            at += data;
            covered += count;
        }
        if (covered >= pixels) return {};
        return "cut short: the file ends at byte " + std::to_string(b.size()) + " after " +
               std::to_string(covered) + " of its " + std::to_string(pixels) + " pixels";
    }
    return {};  // not a type this check knows: the decoder judges it
}

std::string gif_cut_short(Bytes b) {
    if (b.size() < 13) return ends_at(b, "its header");
    size_t at = 13;
    if (b[10] & 0x80) at += 3u * (1u << ((b[10] & 7) + 1));  // the global colour table
    // Sub-blocks (a length byte, then that many bytes) up to a zero length: the offset after the
    // terminator, or 0 when the file ends first.
    const auto skip_sub_blocks = [&](size_t from) -> size_t {
        while (from < b.size()) {
            const size_t length = b[from];
            if (length == 0) return from + 1;
            from += length + 1;
        }
        return 0;
    };
    while (true) {
        if (at >= b.size()) return ends_at(b, "its blocks, before the first picture");
        const uint8_t block = b[at];
        if (block == 0x21) {  // an extension: a label, then sub-blocks
            if (at + 2 > b.size()) return ends_at(b, "an extension");
            at = skip_sub_blocks(at + 2);
            if (at == 0) return ends_at(b, "an extension");
        } else if (block == 0x2C) {  // the first picture: descriptor, colour table, LZW data
            if (at + 10 > b.size()) return ends_at(b, "the first picture's descriptor");
            const uint8_t flags = b[at + 9];
            at += 10;
            if (flags & 0x80) at += 3u * (1u << ((flags & 7) + 1));  // its own colour table
            if (at + 1 > b.size()) return ends_at(b, "the first picture's colour table");
            if (skip_sub_blocks(at + 1) == 0) return ends_at(b, "the first picture's pixel data");
            return {};
        } else {
            return {};  // a trailer or something odd: the decoder says what it means
        }
    }
}

}  // namespace lightning
