#pragma once
// A picture drawn without a window: an RGBA surface with a software renderer over it, written
// out as a PNG. render, export's frames and sheet and the report chart all draw into one, so
// they share one way to make pixels and one way to write them.
#include <filesystem>

#include "shell/platform/sdl_handles.hpp"

namespace lightning {

class Offscreen {
public:
    // Needs SDL (SdlLibrary) up; throws SdlError when the picture cannot be made.
    Offscreen(int width, int height);
    SDL_Renderer* renderer() const { return renderer_.get(); }
    // The pixels drawn so far (flushes the renderer first).
    SDL_Surface* pixels();
    int width() const { return surface_->w; }
    int height() const { return surface_->h; }
    // Writes the picture as a PNG at `path`, atomically: under a temporary name, then renamed, so
    // a reader never sees half a file. Throws std::runtime_error naming the file.
    void write_png(const std::filesystem::path& path);

private:
    SurfacePtr surface_;
    RendererPtr renderer_;
};

// Writes an RGBA surface as a PNG at `path`, atomically (see Offscreen::write_png).
void write_png_atomically(SDL_Surface* rgba, const std::filesystem::path& path);

}  // namespace lightning
