#include "shell/decode/sdl_image_module.hpp"

#include <dlfcn.h>

namespace lightning {

namespace {

constexpr const char* kLibrary = "libSDL2_image-2.0.so.0";
using LoadTyped = SDL_Surface* (*)(SDL_RWops*, int, const char*);

// IMG_LoadTyped_RW from SDL_image, or null. Loaded once per call site's need; the library is never
// unloaded (RTLD_NODELETE), so after the first load dlopen only finds it again.
LoadTyped load_typed(std::string& problem) {
    void* library = ::dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!library) {
        const char* why = ::dlerror();
        problem = std::string("this picture format needs SDL_image, which is missing (") +
                  (why ? why : kLibrary) +
                  "): apt-get install libsdl2-image-2.0-0, or export the slide as PNG";
        return nullptr;
    }
    const auto function = reinterpret_cast<LoadTyped>(::dlsym(library, "IMG_LoadTyped_RW"));
    if (!function) problem = std::string(kLibrary) + " has no IMG_LoadTyped_RW: reinstall it";
    return function;
}

}  // namespace

SurfacePtr load_with_sdl_image(const std::string& file, const char* type, std::string& problem) {
    const LoadTyped load = load_typed(problem);
    if (!load) return nullptr;
    SurfacePtr loaded(load(SDL_RWFromFile(file.c_str(), "rb"), 1, type));
    if (!loaded) problem = SDL_GetError();  // SDL_image reports through SDL's error
    return loaded;
}

}  // namespace lightning
