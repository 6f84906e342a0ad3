#pragma once
// What a picture file is and how large it claims to be, from its first bytes only: every format
// a deck may hold is checked against the size limit before any decoder allocates pixels (a
// 25 KB TIFF or a 34-byte WebP can claim billions of them).
#include <cstdio>
#include <filesystem>
#include <string>

namespace lightning {

enum class PictureFormat {
    Png,
    Jpeg,
    WebP,
    Gif,
    Bmp,
    Tiff,
    Tga,
    Qoi,
    Pnm,
    Text,
    Unsupported,
    Unknown
};

struct PictureHeader {
    PictureFormat format = PictureFormat::Unknown;
    long long width = 0, height = 0;  // as claimed; 0 when the header is cut short
    bool size_read = false;           // false: too short or damaged to say
    std::string unsupported;          // "HEIC", "AVIF", "PSD", "SVG", "JXL" for Unsupported
};

// Reads `file`'s header (it must be open for reading, at any position). `name` decides only for
// TGA, the one format without a signature.
PictureHeader read_picture_header(std::FILE* file, const std::filesystem::path& name);

// "PNG", "JPEG", ... for messages.
const char* picture_format_name(PictureFormat format);

}  // namespace lightning
