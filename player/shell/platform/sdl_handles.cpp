#include "shell/platform/sdl_handles.hpp"

namespace lightning {

SdlError::SdlError(const std::string& what) : std::runtime_error(what + ": " + SDL_GetError()) {}

SdlLibrary::SdlLibrary(Uint32 subsystems) : subsystems_(subsystems) {
    if (SDL_Init(subsystems) != 0) throw SdlError("cannot start SDL");
    if (TTF_Init() != 0) {
        SDL_Quit();
        throw SdlError("cannot start SDL_ttf");
    }
}

SdlLibrary::~SdlLibrary() {
    TTF_Quit();
    SDL_Quit();
}

SurfacePtr make_rgba_surface(int width, int height) {
    SurfacePtr surface(
        SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_RGBA32));
    if (!surface)
        throw SdlError("cannot allocate a " + std::to_string(width) + "x" + std::to_string(height) +
                       " image");
    return surface;
}

}  // namespace lightning
