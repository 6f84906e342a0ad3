#pragma once
// `lightning phone DECK|LINEUP...`: try the phones before the session. The lineup is read and
// checked as `event` reads it, and the phone pages are served where the show will serve them
// (config.toml's phone-port and phone-bind, the flags winning) with fresh secrets, but nothing is
// played: each page shows the first talk's title card and each speaker their own notes. The
// terminal says when a phone first opens a page or its live stream, and what an organizer's
// command would do. No window, no video, no thumbnails. Runs until Ctrl+C or SIGTERM (exit 0),
// or for --for.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "shell/remote/phone_options.hpp"

namespace lightning {

struct PhoneCheckOptions {
    std::vector<std::string> lineup;  // a lineup .toml, or deck paths in order (as event)
    PhoneOptions phone;               // --phone-port, --phone-bind (the pages are always on)
    std::string run_for;              // --for: seconds or m:ss (empty: until Ctrl+C)
};

void add_phone_command(CLI::App& app, PhoneCheckOptions& options);
int run_phone(const PhoneCheckOptions& options);

}  // namespace lightning
