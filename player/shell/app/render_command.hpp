#pragma once
// `lightning render`: the audience screen at one instant of the talk, written to a PNG, with no
// window and no display.
#include <CLI/CLI.hpp>
#include <string>

#include "core/config/talk_options.hpp"

namespace lightning {

struct RenderOptions {
    TalkOptions talk;
    std::string at = "0";  // instant of the talk: seconds or m:ss
    std::string output;    // PNG path
    std::string size = "1920x1080";
};

void add_render_command(CLI::App& app, RenderOptions& options);
int run_render(const RenderOptions& options);

}  // namespace lightning
