#include "core/deck/image_formats.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/file/lower_case.hpp"

namespace lightning {

namespace {

struct Unsupported {
    std::string_view name;        // as in the message and in a sniffed kind
    std::string_view extensions;  // space-separated, with dots
    std::string_view how;         // how to make a PNG or JPEG of it
};

constexpr std::array<Unsupported, 10> kUnsupported{{
    {"HEIC", ".heic .heif .hif",
     "on a Mac open it in Preview and use File > Export as JPEG; on Linux: heif-convert IN.heic "
     "OUT.jpg"},
    {"AVIF", ".avif", "avifdec IN.avif OUT.png, or export it again as PNG or JPEG"},
    {"PSD", ".psd .psb", "in Photoshop or GIMP use Export As PNG"},
    {"SVG", ".svg .svgz",
     "export it as PNG at the projector's size, e.g. rsvg-convert -w 1920 IN.svg -o OUT.png"},
    {"JXL", ".jxl", "djxl IN.jxl OUT.png"},
    {"XCF", ".xcf", "in GIMP use File > Export As PNG"},
    {"raw camera", ".cr2 .nef .arw .dng .raf .orf", "develop it to JPEG in the camera's software"},
    {"PCX/XPM/LBM/ICO", ".pcx .xpm .lbm .ico .cur", "convert IN OUT.png (ImageMagick)"},
    {"EPS", ".eps .ai", "export it as PNG from the program that made it"},
    {"16-bit PNM", "", "convert IN.ppm -depth 8 OUT.png (ImageMagick)"},
}};

}  // namespace

bool is_slide_image(const std::filesystem::path& file) {
    static constexpr std::array<std::string_view, 15> kExtensions = {
        ".png",  ".jpg", ".jpeg", ".jpe", ".webp", ".gif", ".bmp", ".tif",
        ".tiff", ".tga", ".qoi",  ".pnm", ".ppm",  ".pgm", ".pbm"};
    const std::string ext = lower_extension(file);
    return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

std::string unsupported_picture_advice(std::string_view kind) {
    const std::string key = ascii_lower(kind);
    const auto dot = key.rfind('.');
    const std::string ext = dot == std::string::npos ? std::string() : key.substr(dot);
    for (const auto& format : kUnsupported) {
        const bool by_name = ascii_lower(format.name) == key;
        bool by_extension = false;
        if (!ext.empty()) {
            const std::string list = " " + std::string(format.extensions) + " ";
            by_extension = list.find(" " + ext + " ") != std::string::npos;
        }
        if (by_name || by_extension)
            return "a " + std::string(format.name) +
                   " picture, which lightning does not show; convert it to PNG or JPEG (" +
                   std::string(format.how) + ")";
    }
    return {};
}

}  // namespace lightning
