#pragma once
// Names compared without regard to case: a camera's "IMG_1.JPG" is a JPEG and "Talk.PDF" a PDF,
// and a format is named "heic" or "HEIC". ASCII only: extensions and format names are ASCII, and
// lowering other scripts byte by byte would break their UTF-8.
#include <filesystem>
#include <string>
#include <string_view>

namespace lightning {

std::string ascii_lower(std::string_view text);
// The file's extension with its dot, in lower case: ".pdf"; empty when it has none.
std::string lower_extension(const std::filesystem::path& file);

}  // namespace lightning
