#include "shell/app/usage_hint.hpp"

#include "core/config/did_you_mean.hpp"

namespace lightning {

namespace {

// "--window" and "-v" style names of every option of `command` (and --help, --version).
std::vector<std::string> flag_names(const CLI::App& command) {
    std::vector<std::string> names;
    for (const auto* option : command.get_options()) {
        for (const auto& name : option->get_lnames()) names.push_back("--" + name);
        for (const auto& name : option->get_snames()) names.push_back("-" + name);
    }
    return names;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

std::optional<std::string> usage_hint(CLI::App& app, const std::vector<std::string>& args) {
    std::vector<std::string> commands;
    for (const auto* sub : app.get_subcommands({})) commands.push_back(sub->get_name());

    CLI::App* command = nullptr;
    for (const auto& arg : args) {
        if (arg.empty() || arg[0] == '-') continue;
        if (contains(commands, arg)) {
            command = app.get_subcommand(arg);
            break;
        }
        // The first word is not a command: a typo of one, or nothing we know.
        const auto guess = did_you_mean(arg, commands);
        return "unknown command '" + arg + "'" + (guess ? ": did you mean " + *guess + "?" : "") +
               " (lightning --help lists the commands)";
    }
    if (!command) {
        // No command at all: perhaps a mistyped --version or --help.
        const auto flags = flag_names(app);
        for (const auto& arg : args)
            if (arg.size() > 2 && arg[0] == '-' && !contains(flags, arg))
                if (const auto guess = did_you_mean(arg, flags))
                    return "unknown flag " + arg + ": did you mean " + *guess + "?";
        return std::nullopt;
    }

    const auto flags = flag_names(*command);
    bool after_command = false;
    for (const auto& arg : args) {
        if (!after_command) {
            after_command = arg == command->get_name();
            continue;
        }
        if (arg == "--") break;  // the rest are values
        if (arg.size() < 2 || arg[0] != '-' || (arg[1] >= '0' && arg[1] <= '9'))
            continue;  // a value, -5 too
        const std::string name = arg.substr(0, arg.find('='));
        if (contains(flags, name) || contains(flag_names(app), name)) continue;
        const auto guess = did_you_mean(name, flags);
        return "unknown flag " + name + " for " + command->get_name() +
               (guess ? ": did you mean " + *guess + "?" : "") + " (lightning " +
               command->get_name() + " --help lists its flags)";
    }
    return std::nullopt;
}

}  // namespace lightning
