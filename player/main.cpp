// lightning: a lightning-talk slide player and timer. This file only wires the commands.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "core/deck/deck.hpp"
#include "core/log/printable.hpp"
#include "shell/app/check_command.hpp"
#include "shell/app/config_command.hpp"
#include "shell/app/displays_command.hpp"
#include "shell/app/event_command.hpp"
#include "shell/app/export_command.hpp"
#include "shell/app/import_command.hpp"
#include "shell/app/keys_command.hpp"
#include "shell/app/phone_command.hpp"
#include "shell/app/plan_command.hpp"
#include "shell/app/play_command.hpp"
#include "shell/app/render_command.hpp"
#include "shell/app/report_command.hpp"
#include "shell/app/usage_hint.hpp"
#include "shell/platform/sdl_handles.hpp"

namespace {

// Every command's options, filled by CLI11 as it parses.
struct AllOptions {
    lightning::PlayOptions play;
    lightning::RehearseOptions rehearse;
    lightning::RenderOptions render;
    lightning::CheckOptions check;
    lightning::ExportOptions export_options;
    lightning::EventOptions event;
    lightning::PhoneCheckOptions phone;
    lightning::ReportOptions report;
    lightning::PlanOptions plan;
    lightning::KeysOptions keys;
    lightning::DisplaysOptions displays;
    lightning::ConfigOptions config;
    lightning::ImportOptions import_options;
};

// One row of the command table: the command's name and what runs it once parsed.
struct CommandRow {
    std::string name;
    std::function<int()> run;
};

// Declares a command's flags on `app` (its add_ function names it) and returns its row.
template <class Options>
CommandRow command_row(CLI::App& app, Options& options, void (*add)(CLI::App&, Options&),
                       int (*run)(const Options&)) {
    const size_t before = app.get_subcommands({}).size();
    add(app, options);
    return {app.get_subcommands({}).at(before)->get_name(),
            [&options, run] { return run(options); }};
}

}  // namespace

int main(int argc, char** argv) {
    const auto process_start = lightning::SteadyClock().now();
    CLI::App app{"lightning: a lightning-talk slide player that keeps time", "lightning"};
    app.set_version_flag("--version", std::string("lightning ") + LIGHTNING_VERSION);
    app.require_subcommand(1);

    AllOptions options;
    options.play.process_start = process_start;
    options.rehearse.play.process_start = process_start;
    using namespace lightning;
    // In the order `lightning --help` lists them.
    const std::vector<CommandRow> commands{
        command_row(app, options.play, add_play_command, run_play),
        command_row(app, options.rehearse, add_rehearse_command, run_rehearse),
        command_row(app, options.render, add_render_command, run_render),
        command_row(app, options.check, add_check_command, run_check),
        command_row(app, options.export_options, add_export_command, run_export),
        command_row(app, options.event, add_event_command, run_event),
        command_row(app, options.phone, add_phone_command, run_phone),
        command_row(app, options.report, add_report_command, run_report),
        command_row(app, options.plan, add_plan_command, run_plan),
        command_row(app, options.keys, add_keys_command, run_keys),
        command_row(app, options.displays, add_displays_command, run_displays),
        command_row(app, options.config, add_config_command, run_config),
        command_row(app, options.import_options, add_import_command, run_import),
    };

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        // A typo gets its hint instead of CLI11's "A subcommand is required" or "not expected".
        if (error.get_exit_code() != 0)
            if (const auto hint =
                    usage_hint(app, std::vector<std::string>(argv + 1, argv + argc))) {
                std::fprintf(stderr, "lightning: %s\n", hint->c_str());
                return 2;
            }
        const int code = app.exit(error);
        return code == 0 ? 0 : 2;  // 2: usage error
    }

    try {
        for (const auto& command : commands)
            if (app.got_subcommand(command.name)) return command.run();
    } catch (const DeckError& error) {
        std::fprintf(stderr, "lightning: %s\n", printable_message(error.what()).c_str());
        return 1;
    } catch (const std::invalid_argument& error) {
        std::fprintf(stderr, "lightning: %s\n", printable_message(error.what()).c_str());
        return 2;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "lightning: %s\n", printable_message(error.what()).c_str());
        return 1;
    }
    return 0;
}
