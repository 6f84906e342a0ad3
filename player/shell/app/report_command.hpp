#pragma once
// `lightning report LOG... | DECK`: the per-slide table of several runs, a merged CSV, a chart.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace lightning {

struct ReportOptions {
    std::vector<std::string> inputs;  // logs (.jsonl) or decks (all their logs)
    std::string csv;                  // --csv FILE
    std::string chart;                // -o chart.png
    std::string size = "1600x800";
    int last = 0;      // only the last N runs (0: all)
    bool all = false;  // --all: unfinished runs count in the mean and trend
};

void add_report_command(CLI::App& app, ReportOptions& options);
int run_report(const ReportOptions& options);

}  // namespace lightning
