#pragma once
// `lightning keys`: every mode's keys, printed from the keymaps the windows use (--markdown: the
// tables in docs/keys.md, which a test compares with it).
#include <CLI/CLI.hpp>

namespace lightning {

struct KeysOptions {
    bool markdown = false;
};

void add_keys_command(CLI::App& app, KeysOptions& options);
int run_keys(const KeysOptions& options);

}  // namespace lightning
