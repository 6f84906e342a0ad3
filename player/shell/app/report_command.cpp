#include "shell/app/report_command.hpp"

#include <algorithm>
#include <cstdio>

#include "core/config/config_file.hpp"
#include "core/config/talk_options.hpp"
#include "core/deck/deck.hpp"
#include "core/log/log_file.hpp"
#include "core/log/log_paths.hpp"
#include "core/log/log_reader.hpp"
#include "core/log/printable.hpp"
#include "core/log/report.hpp"
#include "shell/draw/report_chart.hpp"

namespace lightning {
namespace fs = std::filesystem;

void add_report_command(CLI::App& app, ReportOptions& options) {
    auto* command = app.add_subcommand("report", "Compare runs: a per-slide table, a CSV, a chart");
    command
        ->add_option(
            "inputs", options.inputs,
            "Timing logs (.jsonl), or a deck (a deck folder or a PDF file) for all its logs")
        ->required();
    command->add_option("--csv", options.csv, "Write the merged table as CSV");
    command->add_option("-o,--chart", options.chart, "Draw the chart into this PNG");
    command->add_option("--size", options.size, "Chart size WIDTHxHEIGHT")->capture_default_str();
    command->add_option("--last", options.last, "Only the last N runs");
    command->add_flag("--all", options.all,
                      "Count unfinished runs (quit, restart, crashed) in the mean and trend too");
}

namespace {

// A log file as given, or every log of a deck (oldest first: names start with the UTC time).
std::vector<fs::path> logs_for(const std::string& input) {
    std::error_code error;
    if (fs::is_regular_file(input, error) && fs::path(input).extension() == ".jsonl")
        return {input};
    if (!fs::exists(input, error))
        throw std::invalid_argument(input + " does not exist: give timing logs (.jsonl) or a deck");
    const Deck deck = load_deck(input);
    // Where play and rehearse put them: config.toml's log-dir, else the default place.
    const fs::path dir =
        deck_logs_dir(deck, resolve_settings(config_file_path(), &deck, {}).settings.log_dir.value);
    std::vector<fs::path> logs = list_logs(dir);
    if (logs.empty())
        throw DeckError("no timing logs for " + input + " in " + dir.string() +
                        ": rehearse or play it first (every run writes one)");
    return logs;
}

}  // namespace

int run_report(const ReportOptions& options) {
    std::vector<fs::path> paths;
    for (const auto& input : options.inputs)
        for (auto& path : logs_for(input)) paths.push_back(std::move(path));
    if (options.last > 0 && paths.size() > static_cast<size_t>(options.last))
        paths.erase(paths.begin(), paths.end() - options.last);
    std::vector<ReadLog> logs;
    for (const auto& path : paths) {
        try {
            logs.push_back(read_run_log(path));
        } catch (const LogError& error) {
            std::fprintf(stderr, "lightning: %s; left out\n",
                         printable_message(error.what()).c_str());
        }
    }
    if (logs.empty()) throw DeckError("none of the logs could be read");
    const Report report = build_report(logs, options.all);
    std::fputs(printable(report_text(report), true).c_str(), stdout);
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        throw std::runtime_error(
            "cannot write the report to standard output (disk full, or a closed pipe?)");
    if (!options.csv.empty()) {
        if (auto problem = write_whole_file(options.csv, report_csv(report)); !problem.empty())
            throw std::runtime_error(problem);
        std::fprintf(stderr, "csv: %s\n", printable(options.csv).c_str());
    }
    if (!options.chart.empty()) {
        const auto [w, h] = parse_size(options.size, "--size");
        write_report_chart(report, options.chart, w, h);
        std::fprintf(stderr, "chart: %s\n", printable(options.chart).c_str());
    }
    return 0;
}

}  // namespace lightning
