#pragma once
// Which picture formats a deck may hold, decided once for every command. Shown: PNG, JPEG (RGB,
// grey, CMYK, YCCK), WebP, GIF (first frame), BMP, TIFF, TGA, QOI and PNM (PPM/PGM/PBM). Known
// picture formats that are not shown (HEIC, AVIF, PSD, SVG, JPEG XL, ...) get advice on how to
// convert them instead of being silently left out.
#include <filesystem>
#include <string>
#include <string_view>

namespace lightning {

// True for the file extensions of the formats above (case-insensitive).
bool is_slide_image(const std::filesystem::path& file);

// For a picture format that is not shown: "a HEIC picture, which lightning does not show;
// convert it to PNG or JPEG (...)"; empty for anything else. `kind` is a file name (its extension
// decides) or a format name found in a file's first bytes ("HEIC", "AVIF", "PSD", "SVG", "JXL").
std::string unsupported_picture_advice(std::string_view kind);

}  // namespace lightning
