#include "shell/app/plan_command.hpp"

#include <cstdio>

#include "core/deck/deck.hpp"
#include "core/log/printable.hpp"
#include "core/log/report.hpp"
#include "core/plan/plan_text.hpp"
#include "core/time/schedule.hpp"
#include "core/time/time_text.hpp"
#include "shell/app/deck_runs.hpp"
#include "shell/app/plan_write.hpp"

namespace lightning {
namespace fs = std::filesystem;

void add_plan_command(CLI::App& app, PlanOptions& options) {
    auto* command = app.add_subcommand(
        "plan", "Each slide's time from your rehearsals, fitted to the total (--write: deck.toml)");
    command->add_option("deck", options.deck, "The deck (a deck folder or a PDF file)")->required();
    auto* logs = command->add_option(
        "logs", options.logs, "Timing logs (.jsonl) to plan from (default: the deck's own logs)");
    command
        ->add_option("--runs", options.runs,
                     "The median of the last N finished runs (quit, restart, crash left out)")
        ->capture_default_str()
        ->check(CLI::PositiveNumber)
        ->excludes(logs);
    command->add_option("--total", options.total,
                        "What the slides add up to, m:ss or seconds (default: the deck's total)");
    command->add_flag("--write", options.write,
                      "Write each [[slide]]'s seconds into deck.toml (the old one kept as "
                      "deck.toml.bak), changing nothing else");
}

namespace {

void print(const std::string& text) {
    std::fputs(printable(text, true).c_str(), stdout);
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        throw std::runtime_error(
            "cannot write the plan to standard output (disk full, or a closed pipe?)");
}

}  // namespace

int run_plan(const PlanOptions& options) {
    const Deck deck = load_deck(options.deck);
    const Schedule schedule = make_schedule(deck);
    std::optional<Millis> total;
    if (!options.total.empty()) {
        total = parse_duration(options.total);
        if (!total || total->count() <= 0)
            throw std::invalid_argument("--total " + options.total +
                                        " is not a time: write m:ss (like 5:00) or seconds");
    }
    const int last_runs = options.logs.empty() ? options.runs : 0;
    const Report report = build_report(deck_runs(deck, options.deck, options.logs));
    const std::string title = deck.title;
    if (deck.format != TalkFormat::FiveMinutes) {
        if (total)
            throw std::invalid_argument("--total does not apply to a " +
                                        std::string(format_name(deck.format)) +
                                        " deck: its slides have fixed times");
        const long long slot = schedule.slides.empty() ? 0 : schedule.slides[0].duration.count();
        print(advice_text(title, std::string(format_name(deck.format)),
                          slot_advice(report, slot, last_runs)));
        if (options.write)
            std::fprintf(stderr,
                         "lightning: --write writes nothing for this %s deck: its slots are fixed, "
                         "so change the words, not the times\n",
                         std::string(format_name(deck.format)).c_str());
        return 0;
    }
    std::vector<long long> now_ms;
    for (const auto& slide : schedule.slides) now_ms.push_back(slide.duration.count());
    const Plan plan =
        fit_plan(report, now_ms, total ? total->count() : schedule.total.count(), last_runs);
    print(plan_text(title, plan));
    if (options.write) {
        const bool had_toml = !deck.toml_path.empty();
        const fs::path written = write_plan(options.deck, deck, plan);
        std::fprintf(stderr, "wrote %s%s%s%s\n", printable(written.string()).c_str(),
                     had_toml ? " (the old one is " : " (a new file)",
                     had_toml ? printable(written.string()).c_str() : "", had_toml ? ".bak)" : "");
    }
    return 0;
}

}  // namespace lightning
