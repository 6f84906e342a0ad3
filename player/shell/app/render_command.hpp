#pragma once
// `lightning render`: the audience screen at one instant of the talk, written to a PNG, with no
// window and no display. `--presenter` writes the presenter view instead, `--keys` puts a mode's
// keys help (F1 / ?) over it: the screens the docs or a handout show, built by the same core.
#include <CLI/CLI.hpp>
#include <string>

#include "core/config/talk_options.hpp"

namespace lightning {

struct RenderOptions {
    TalkOptions talk;
    std::string at = "0";  // instant of the talk: seconds or m:ss
    std::string output;    // PNG path
    std::string size = "1920x1080";
    std::string keys;        // empty, or the keys help of play, rehearse, free or event
    bool presenter = false;  // the presenter view instead of the audience screen
    std::string clock;       // the presenter view's time of day, "17:45" (empty: now)
};

void add_render_command(CLI::App& app, RenderOptions& options);
int run_render(const RenderOptions& options);

}  // namespace lightning
