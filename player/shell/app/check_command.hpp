#pragma once
// `lightning check DECK...`: everything that could go wrong on stage, found the night before,
// with no window. Exit 0 when every deck will play cleanly, 1 when one will not, 2 usage.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "core/config/talk_options.hpp"

namespace lightning {

struct CheckOptions {
    std::vector<std::string> decks;
    TalkOptions timing;              // --format/--total/--slide-seconds apply to every deck
    std::string size = "1920x1080";  // the projector the slides are checked against
    bool json = false;
    bool prepare = false;  // also keep every slide decoded at --size (a prepared deck)
};

void add_check_command(CLI::App& app, CheckOptions& options);
int run_check(const CheckOptions& options);

}  // namespace lightning
