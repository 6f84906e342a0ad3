#include "shell/draw/offscreen.hpp"

#include <stb/stb_image_write.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "core/log/log_file.hpp"  // write_whole_file

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
    // Encoded in memory first: stb's own file writer checks neither its writes nor the close,
    // so a full disk gave a truncated PNG and "wrote". write_whole_file checks every step and
    // leaves nothing behind on failure.
    std::string png;
    const auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                                   static_cast<size_t>(size));
    };
    if (!stbi_write_png_to_func(append, &png, rgba->w, rgba->h, 4, rgba->pixels, rgba->pitch))
        throw std::runtime_error("cannot encode " + path.string() + " as a PNG");
    // A picture goes where it is asked, into a folder that exists: a mistyped folder is an
    // error, not a new tree of folders (logs, not pictures, make their own folders).
    std::error_code error;
    const auto folder = path.parent_path();
    if (!folder.empty() && !std::filesystem::is_directory(folder, error))
        throw std::runtime_error("cannot write " + path.string() + ": the folder " +
                                 folder.string() + " does not exist");
    if (auto problem = write_whole_file(path, png); !problem.empty())
        throw std::runtime_error(problem + ": check that its folder is writable and has room");
}

}  // namespace lightning
