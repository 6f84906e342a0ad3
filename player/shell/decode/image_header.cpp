#include "shell/decode/image_header.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <vector>

#include "core/file/lower_case.hpp"

namespace lightning {

namespace {

using Bytes = std::vector<unsigned char>;

long long le16(const Bytes& b, size_t at) {
    return b[at] | (b[at + 1] << 8);
}
long long le24(const Bytes& b, size_t at) {
    return le16(b, at) | (static_cast<long long>(b[at + 2]) << 16);
}
long long le32(const Bytes& b, size_t at) {
    return le24(b, at) | (static_cast<long long>(b[at + 3]) << 24);
}
long long be32(const Bytes& b, size_t at) {
    return (static_cast<long long>(b[at]) << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
}
bool starts(const Bytes& b, size_t at, const char* text) {
    const size_t n = std::strlen(text);
    return b.size() >= at + n && std::memcmp(b.data() + at, text, n) == 0;
}

void set_size(PictureHeader& h, long long width, long long height) {
    h.width = width;
    h.height = height;
    h.size_read = true;
}

// WebP: a RIFF file whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended: the
// canvas of an animation or of a picture with alpha).
void webp_size(const Bytes& b, PictureHeader& h) {
    if (starts(b, 12, "VP8 ") && b.size() >= 30)
        set_size(h, le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff);
    if (starts(b, 12, "VP8L") && b.size() >= 25) {
        const long long bits = le32(b, 21);
        set_size(h, (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
    }
    if (starts(b, 12, "VP8X") && b.size() >= 30) set_size(h, le24(b, 24) + 1, le24(b, 27) + 1);
}

// GIF: the logical screen, and the first frame's own size (a decoder allocates for either).
void gif_size(const Bytes& b, PictureHeader& h) {
    if (b.size() < 13) return;
    long long width = le16(b, 6), height = le16(b, 8);
    size_t at = 13;
    if (b[10] & 0x80) at += 3u * (1u << ((b[10] & 7) + 1));  // global colour table
    while (at < b.size()) {
        if (b[at] == 0x21 && at + 2 < b.size()) {  // an extension: skip its sub-blocks
            at += 2;
            while (at < b.size() && b[at] != 0) at += b[at] + 1u;
            ++at;
        } else if (b[at] == 0x2c && at + 9 < b.size()) {  // the first image descriptor
            width = std::max(width, le16(b, at + 5));
            height = std::max(height, le16(b, at + 7));
            break;
        } else {
            break;
        }
    }
    set_size(h, width, height);
}

void bmp_size(const Bytes& b, PictureHeader& h) {
    if (b.size() < 26) return;
    if (le32(b, 14) == 12) return set_size(h, le16(b, 18), le16(b, 20));  // OS/2 1.x header
    const auto width = static_cast<int32_t>(static_cast<uint32_t>(le32(b, 18)));
    const auto height = static_cast<int32_t>(static_cast<uint32_t>(le32(b, 22)));  // < 0: top-down
    set_size(h, std::abs(static_cast<long long>(width)), std::abs(static_cast<long long>(height)));
}

// TIFF: the first directory (anywhere in the file) holds ImageWidth (256) and ImageLength (257).
void tiff_size(std::FILE* file, const Bytes& b, PictureHeader& h) {
    const bool little = b[0] == 'I';
    auto read = [&](long long at, size_t n, Bytes& out) {
        out.assign(n, 0);
        return at >= 0 && std::fseek(file, static_cast<long>(at), SEEK_SET) == 0 &&
               std::fread(out.data(), 1, n, file) == n;
    };
    auto u16 = [&](const Bytes& x, size_t at) {
        return little ? le16(x, at) : (x[at] << 8 | x[at + 1]);
    };
    auto u32 = [&](const Bytes& x, size_t at) { return little ? le32(x, at) : be32(x, at); };
    Bytes count_bytes, entries;
    const long long ifd = u32(b, 4);
    if (!read(ifd, 2, count_bytes)) return;
    const auto count = static_cast<size_t>(u16(count_bytes, 0));
    if (!read(ifd + 2, count * 12, entries)) return;
    long long width = -1, height = -1;
    for (size_t i = 0; i < count; ++i) {
        const size_t e = i * 12;
        const long long tag = u16(entries, e), type = u16(entries, e + 2);
        const long long value =
            type == 3 ? u16(entries, e + 8) : u32(entries, e + 8);  // SHORT or LONG
        if (tag == 256) width = value;
        if (tag == 257) height = value;
    }
    if (width >= 0 && height >= 0) set_size(h, width, height);
}

// PNM: "P6", then width and height as text, with # comments allowed between, then (but for
// P1 and P4, bitmaps) the largest sample value: over 255 is a 16-bit file SDL_image refuses.
void pnm_size(const Bytes& b, PictureHeader& h) {
    size_t at = 2;
    const bool bitmap = b[1] == '1' || b[1] == '4';
    long long numbers[3] = {0, 0, 0};
    int read = 0;
    for (long long& number : numbers) {
        while (at < b.size() && (std::isspace(b[at]) || b[at] == '#')) {
            if (b[at] == '#')
                while (at < b.size() && b[at] != '\n') ++at;
            else
                ++at;
        }
        if (at >= b.size() || !std::isdigit(b[at])) break;
        while (at < b.size() && std::isdigit(b[at]) && number < 1'000'000'000)
            number = number * 10 + (b[at++] - '0');
        if (++read == 2 && bitmap) break;
    }
    if (read < 2) return;
    set_size(h, numbers[0], numbers[1]);
    if (!bitmap && numbers[2] > 255) {
        h.format = PictureFormat::Unsupported;
        h.unsupported = "16-bit PNM";
    }
}

// Whether the first `n` bytes are printable text (no copy: GCC 12 misreads a copied prefix).
bool is_text(const Bytes& b, size_t n) {
    n = std::min(n, b.size());
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = b[i];
        if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f) return false;
    }
    return n > 0;
}

}  // namespace

const char* picture_format_name(PictureFormat format) {
    switch (format) {
        case PictureFormat::Png:
            return "PNG";
        case PictureFormat::Jpeg:
            return "JPEG";
        case PictureFormat::WebP:
            return "WebP";
        case PictureFormat::Gif:
            return "GIF";
        case PictureFormat::Bmp:
            return "BMP";
        case PictureFormat::Tiff:
            return "TIFF";
        case PictureFormat::Tga:
            return "TGA";
        case PictureFormat::Qoi:
            return "QOI";
        case PictureFormat::Pnm:
            return "PNM";
        case PictureFormat::Text:
            return "text";
        case PictureFormat::Unsupported:
            break;
        case PictureFormat::Unknown:
            break;
    }
    return "unknown";
}

PictureHeader read_picture_header(std::FILE* file, const std::filesystem::path& name) {
    PictureHeader h;
    Bytes b(4096);
    std::rewind(file);
    b.resize(std::fread(b.data(), 1, b.size(), file));
    if (b.size() >= 24 && starts(b, 0, "\x89PNG\r\n\x1a\n")) {
        h.format = PictureFormat::Png;
        if (starts(b, 12, "IHDR")) set_size(h, be32(b, 16), be32(b, 20));
    } else if (b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) {
        h.format = PictureFormat::Jpeg;  // libjpeg reads its size (markers can come first)
    } else if (starts(b, 0, "RIFF") && starts(b, 8, "WEBP")) {
        h.format = PictureFormat::WebP;
        webp_size(b, h);
    } else if (starts(b, 0, "GIF87a") || starts(b, 0, "GIF89a")) {
        h.format = PictureFormat::Gif;
        gif_size(b, h);
    } else if (starts(b, 0, "BM")) {
        h.format = PictureFormat::Bmp;
        bmp_size(b, h);
    } else if (b.size() >= 8 && (starts(b, 0, "II*") || starts(b, 0, "MM\0*"))) {
        h.format = PictureFormat::Tiff;
        tiff_size(file, b, h);
    } else if (b.size() >= 14 && starts(b, 0, "qoif")) {
        h.format = PictureFormat::Qoi;
        set_size(h, be32(b, 4), be32(b, 8));
    } else if (b.size() >= 3 && b[0] == 'P' && b[1] >= '1' && b[1] <= '6' && std::isspace(b[2])) {
        h.format = PictureFormat::Pnm;
        pnm_size(b, h);
    } else if (starts(b, 4, "ftyp")) {  // ISO media: HEIC from phones, AVIF
        const bool avif = starts(b, 8, "avif") || starts(b, 8, "avis");
        h.format = PictureFormat::Unsupported;
        h.unsupported = avif ? "AVIF" : "HEIC";
    } else if (starts(b, 0, "8BPS")) {
        h.format = PictureFormat::Unsupported;
        h.unsupported = "PSD";
    } else if (starts(b, 0, "\xff\x0a") || starts(b, 4, "JXL ")) {
        h.format = PictureFormat::Unsupported;
        h.unsupported = "JXL";
    } else if (lower_extension(name) == ".tga" && b.size() >= 18) {
        h.format = PictureFormat::Tga;
        set_size(h, le16(b, 12), le16(b, 14));
    } else if (is_text(b, 512)) {
        const std::string text(b.begin(), b.end());
        if (text.find("<svg") != std::string::npos) {
            h.format = PictureFormat::Unsupported;
            h.unsupported = "SVG";
        } else {
            h.format = PictureFormat::Text;
        }
    }
    std::rewind(file);
    return h;
}

}  // namespace lightning
