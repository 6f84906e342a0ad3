#pragma once
// RAII for every SDL resource: one owning pointer type per SDL object, and one guard for the
// libraries' init/quit (the only global state the program has).
#include <SDL.h>
#include <SDL_ttf.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace lightning {

struct SdlDeleter {
    void operator()(SDL_Window* p) const { SDL_DestroyWindow(p); }
    void operator()(SDL_Renderer* p) const { SDL_DestroyRenderer(p); }
    void operator()(SDL_Texture* p) const { SDL_DestroyTexture(p); }
    void operator()(SDL_Surface* p) const { SDL_FreeSurface(p); }
    void operator()(TTF_Font* p) const { TTF_CloseFont(p); }
};
using WindowPtr = std::unique_ptr<SDL_Window, SdlDeleter>;
using RendererPtr = std::unique_ptr<SDL_Renderer, SdlDeleter>;
using TexturePtr = std::unique_ptr<SDL_Texture, SdlDeleter>;
using SurfacePtr = std::unique_ptr<SDL_Surface, SdlDeleter>;
using FontPtr = std::unique_ptr<TTF_Font, SdlDeleter>;

// An SDL call failed; the message includes SDL_GetError().
class SdlError : public std::runtime_error {
public:
    explicit SdlError(const std::string& what);
};

// Initialises SDL (with the given subsystems, 0 for none) and SDL_ttf for the lifetime of the
// object (SDL_image is loaded when a slide needs it: shell/decode/sdl_image_module). Headless
// commands pass 0: software rendering needs no video driver.
class SdlLibrary {
public:
    explicit SdlLibrary(Uint32 subsystems);
    ~SdlLibrary();
    SdlLibrary(const SdlLibrary&) = delete;
    SdlLibrary& operator=(const SdlLibrary&) = delete;

private:
    Uint32 subsystems_;
};

// A new RGBA surface (bytes R, G, B, A in memory), the format every drawing path uses.
SurfacePtr make_rgba_surface(int width, int height);

}  // namespace lightning
