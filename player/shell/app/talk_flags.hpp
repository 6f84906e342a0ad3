#pragma once
// The talk options on the command line: CLI11 fills a TalkOptions (core/config/talk_options.hpp),
// and the core turns it into a prepared talk. Nothing is decided here.
#include <CLI/CLI.hpp>

#include "core/config/talk_options.hpp"

namespace lightning {

// Adds DECK, --format, --total, --slide-seconds, --overlay, --overlay-size, --overlay-corner,
// --background, --font and the threshold flags to `command`.
// `presenter_flag`: the command has --presenter (play, rehearse, render), so the help may name it.
void add_talk_options(CLI::App& command, TalkOptions& options, bool presenter_flag = true);

}  // namespace lightning
