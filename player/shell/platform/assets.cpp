#include "shell/platform/assets.hpp"

#include <SDL.h>

#include <cstdlib>
#include <stdexcept>

namespace lightning {
namespace fs = std::filesystem;

namespace {
bool has_fonts(const fs::path& folder) {
    std::error_code error;
    return fs::exists(folder / "fonts" / "DejaVuSans.ttf", error);
}
}  // namespace

fs::path find_assets_folder() {
    if (const char* env = std::getenv("LIGHTNING_ASSETS"); env && has_fonts(env)) return env;
    if (char* base = SDL_GetBasePath()) {
        const fs::path exe_dir(base);
        SDL_free(base);
        for (const auto& candidate :
             {exe_dir / ".." / "assets", exe_dir / ".." / "share" / "lightning" / "assets"})
            if (has_fonts(candidate)) return candidate.lexically_normal();
    }
    if (has_fonts(LIGHTNING_SOURCE_ASSETS)) return LIGHTNING_SOURCE_ASSETS;
    throw std::runtime_error(
        "cannot find lightning's fonts (assets/fonts/DejaVuSans.ttf); set LIGHTNING_ASSETS to "
        "the assets folder of the source tree");
}

fs::path font_path(bool bold) {
    return find_assets_folder() / "fonts" / (bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");
}

}  // namespace lightning
