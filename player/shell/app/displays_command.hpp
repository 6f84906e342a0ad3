#pragma once
// `lightning displays`: the displays SDL sees, numbered as `play --display N` counts them, with
// their size, position and refresh rate, so an organizer can pick the projector before the event.
#include <CLI/CLI.hpp>

namespace lightning {

struct DisplaysOptions {
    bool json = false;
};

void add_displays_command(CLI::App& app, DisplaysOptions& options);
// Prints one line per display (or a JSON array). Throws std::runtime_error when there is no
// display at all, saying how to get one.
int run_displays(const DisplaysOptions& options);

}  // namespace lightning
