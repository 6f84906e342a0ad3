#pragma once
// `lightning plan DECK [--runs N | LOG...] [--total 5:00] [--write]`: each slide's time from the
// rehearsals, fitted to the exact total, printed beside the current plan and, with --write,
// written into deck.toml (or talk.pdf.toml). Ignite and PechaKucha decks get words advice.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "core/plan/slide_measures.hpp"

namespace lightning {

struct PlanOptions {
    std::string deck;               // a deck folder or a PDF file
    std::vector<std::string> logs;  // timing logs to use (default: the deck's own)
    int runs = kDefaultRuns;        // --runs: the last N finished runs
    std::string total;              // --total m:ss (default: the deck's total)
    bool write = false;             // --write deck.toml
};

void add_plan_command(CLI::App& app, PlanOptions& options);
int run_plan(const PlanOptions& options);

}  // namespace lightning
