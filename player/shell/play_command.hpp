#pragma once
// `lightning play`: the talk on the projector, slides advancing on the hard clock.
#include <string>

#include "clock.hpp"
#include "talk_options.hpp"

namespace lightning {

struct PlayOptions {
    TalkOptions talk;
    bool window = false;          // a window instead of full screen
    std::string window_size = "1280x720";
    int display = 0;
    bool exit_at_end = false;     // quit once the end card is on screen
    bool verbose = false;         // print every flip and a summary
    std::string renderer = "software";  // software, accelerated, auto
    Micros process_start{0};      // steady-clock time main() began, for the start-up figure
};

void add_play_command(CLI::App& app, PlayOptions& options);
int run_play(const PlayOptions& options);

}  // namespace lightning
