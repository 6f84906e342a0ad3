// lightning: a lightning-talk slide player and timer. This file only wires the commands.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>

#include "core/deck/deck.hpp"
#include "core/log/printable.hpp"
#include "shell/app/check_command.hpp"
#include "shell/app/config_command.hpp"
#include "shell/app/displays_command.hpp"
#include "shell/app/event_command.hpp"
#include "shell/app/export_command.hpp"
#include "shell/app/import_command.hpp"
#include "shell/app/keys_command.hpp"
#include "shell/app/play_command.hpp"
#include "shell/app/render_command.hpp"
#include "shell/app/report_command.hpp"
#include "shell/app/usage_hint.hpp"
#include "shell/platform/sdl_handles.hpp"

int main(int argc, char** argv) {
    const auto process_start = lightning::SteadyClock().now();
    CLI::App app{"lightning: a lightning-talk slide player that keeps time", "lightning"};
    app.set_version_flag("--version", std::string("lightning ") + LIGHTNING_VERSION);
    app.require_subcommand(1);

    lightning::PlayOptions play;
    play.process_start = process_start;
    lightning::RehearseOptions rehearse;
    rehearse.play.process_start = process_start;
    lightning::RenderOptions render;
    lightning::CheckOptions check;
    lightning::ExportOptions export_options;
    lightning::add_play_command(app, play);
    lightning::add_rehearse_command(app, rehearse);
    lightning::add_render_command(app, render);
    lightning::add_check_command(app, check);
    lightning::add_export_command(app, export_options);
    lightning::EventOptions event;
    lightning::add_event_command(app, event);
    lightning::ReportOptions report;
    lightning::add_report_command(app, report);
    lightning::KeysOptions keys;
    lightning::add_keys_command(app, keys);
    lightning::DisplaysOptions displays;
    lightning::add_displays_command(app, displays);
    lightning::ConfigOptions config;
    lightning::add_config_command(app, config);
    lightning::ImportOptions import_options;
    lightning::add_import_command(app, import_options);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        // A typo gets its hint instead of CLI11's "A subcommand is required" or "not expected".
        if (error.get_exit_code() != 0)
            if (const auto hint =
                    lightning::usage_hint(app, std::vector<std::string>(argv + 1, argv + argc))) {
                std::fprintf(stderr, "lightning: %s\n", hint->c_str());
                return 2;
            }
        const int code = app.exit(error);
        return code == 0 ? 0 : 2;  // 2: usage error
    }

    try {
        if (app.got_subcommand("play")) return lightning::run_play(play);
        if (app.got_subcommand("rehearse")) return lightning::run_rehearse(rehearse);
        if (app.got_subcommand("render")) return lightning::run_render(render);
        if (app.got_subcommand("check")) return lightning::run_check(check);
        if (app.got_subcommand("export")) return lightning::run_export(export_options);
        if (app.got_subcommand("report")) return lightning::run_report(report);
        if (app.got_subcommand("event")) return lightning::run_event(event);
        if (app.got_subcommand("displays")) return lightning::run_displays(displays);
        if (app.got_subcommand("keys")) return lightning::run_keys(keys);
        if (app.got_subcommand("config")) return lightning::run_config(config);
        if (app.got_subcommand("import")) return lightning::run_import(import_options);
    } catch (const lightning::DeckError& error) {
        std::fprintf(stderr, "lightning: %s\n", lightning::printable_message(error.what()).c_str());
        return 1;
    } catch (const std::invalid_argument& error) {
        std::fprintf(stderr, "lightning: %s\n", lightning::printable_message(error.what()).c_str());
        return 2;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "lightning: %s\n", lightning::printable_message(error.what()).c_str());
        return 1;
    }
    return 0;
}
