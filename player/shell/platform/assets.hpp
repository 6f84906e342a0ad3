#pragma once
// Where the bundled fonts are: $LIGHTNING_ASSETS, then assets/ beside the executable's
// ../ (a build tree inside the source tree, or an install), then the source tree it was built from.
#include <filesystem>

namespace lightning {

std::filesystem::path find_assets_folder();
std::filesystem::path font_path(bool bold);

}  // namespace lightning
