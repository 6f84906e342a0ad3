#pragma once
// `lightning render`: the audience screen at one instant of the talk, written to a PNG, with no
// window and no display.
#include <string>

#include "shell/platform/sdl_handles.hpp"
#include "shell/app/talk_options.hpp"

namespace lightning {

struct RenderOptions {
    TalkOptions talk;
    std::string at = "0";        // instant of the talk: seconds or m:ss
    std::string output;          // PNG path
    std::string size = "1920x1080";
};

void add_render_command(CLI::App& app, RenderOptions& options);
int run_render(const RenderOptions& options);

// Saves an RGBA surface as PNG; throws std::runtime_error naming the file on failure.
void save_png(SDL_Surface* rgba, const std::string& path);

}  // namespace lightning
