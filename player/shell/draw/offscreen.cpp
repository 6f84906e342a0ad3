#include "shell/draw/offscreen.hpp"

#include <stb/stb_image_write.h>

#include <stdexcept>

#include "shell/export/partial_file.hpp"

namespace lightning {

Offscreen::Offscreen(int width, int height)
    : surface_(make_rgba_surface(width, height)),
      renderer_(SDL_CreateSoftwareRenderer(surface_.get())) {
    if (!renderer_) throw SdlError("cannot create a software renderer");
}

SDL_Surface* Offscreen::pixels() {
    SDL_RenderPresent(renderer_.get());  // the software renderer writes into the surface here
    return surface_.get();
}

void Offscreen::write_png(const std::filesystem::path& path) {
    write_png_atomically(pixels(), path);
}

void write_png_atomically(SDL_Surface* rgba, const std::filesystem::path& path) {
    PartialFile partial(path);
    if (!stbi_write_png(partial.path().c_str(), rgba->w, rgba->h, 4, rgba->pixels, rgba->pitch))
        throw std::runtime_error("cannot write " + path.string() +
                                 ": check that its folder is writable and has room");
    partial.commit();
}

}  // namespace lightning
