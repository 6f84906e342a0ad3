#include "shell/app/keys_command.hpp"

#include <cstdio>

#include "core/show/keymap.hpp"

namespace lightning {

void add_keys_command(CLI::App& app, KeysOptions& options) {
    auto* command = app.add_subcommand("keys", "Print the keys of play, rehearse and event");
    command->add_flag("--markdown", options.markdown, "As the Markdown tables of docs/keys.md");
}

int run_keys(const KeysOptions& options) {
    const std::string text = keys_text(options.markdown);
    if (std::fputs(text.c_str(), stdout) < 0 || std::fputs("\n", stdout) < 0 ||
        std::fflush(stdout) != 0) {
        std::fprintf(stderr, "lightning: the keys could not be written to standard output\n");
        return 1;
    }
    return 0;
}

}  // namespace lightning
