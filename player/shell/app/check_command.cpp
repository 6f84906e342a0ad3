#include "shell/app/check_command.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>

#include "core/check/deck_findings.hpp"
#include "core/log/byte_text.hpp"
#include "core/log/printable.hpp"
#include "core/time/time_text.hpp"
#include "shell/app/check_progress.hpp"
#include "shell/app/check_slide.hpp"
#include "shell/app/prepare_deck.hpp"
#include "shell/app/undrawable_text.hpp"
#include "shell/draw/font_check.hpp"
#include "shell/platform/sdl_handles.hpp"

namespace lightning {

void add_check_command(CLI::App& app, CheckOptions& options) {
    auto* command = app.add_subcommand("check", "Check decks before the event (no window)");
    command->add_option("decks", options.decks, "Decks: deck folders or PDF files")->required();
    command->add_option("--format", options.timing.format, "Check against this format");
    command->add_option("--total", options.timing.total, "Check against this talk length");
    command->add_option("--slide-seconds", options.timing.slide_seconds,
                        "Every slide gets this long");
    command->add_option(
        "--background", options.timing.background,
        "Check slides against this background colour, #rrggbb (default: the deck's)");
    command->add_option("--size", options.size, "Projector size the slides are checked against")
        ->capture_default_str();
    command->add_flag("--json", options.json, "Print the findings as JSON");
    command->add_flag("--prepare", options.prepare,
                      "Also decode every slide at --size and keep it in the prepared-slides "
                      "folder ($XDG_CACHE_HOME/lightning/slides), so play starts from ready "
                      "pixels");
}

namespace {

// Every slide read on every core (each worker has its own SlideSource: a PDF document is not
// shared between threads), in slide order; what the reads mean is core/check's to say.
std::vector<SlideCheck> read_slides(const std::string& path, const Deck& deck, int count,
                                    int screen_w, int screen_h) {
    std::vector<SlideCheck> checks(static_cast<size_t>(count));
    std::atomic<int> next{0};
    const SteadyClock clock;
    CheckProgress progress(path, count, clock);
    auto work = [&] {
        SlideSource source(deck);
        for (int k = next++; k < count; k = next++) {
            const SlideRead read = read_slide(source, deck, k, screen_w, screen_h);
            checks[static_cast<size_t>(k)] = {read.decoded.source_width,
                                              read.decoded.source_height,
                                              read.decoded.problem,
                                              read.damage,
                                              read.header,
                                              read.ink,
                                              read.page_ms};
            progress.slide_done();
        }
    };
    const int workers = std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 16);
    std::vector<std::thread> threads;
    for (int w = 1; w < std::min(workers, count); ++w) threads.emplace_back(work);
    work();
    for (auto& thread : threads) thread.join();
    return checks;
}

DeckReport check_deck(const std::string& path, const CheckOptions& options, int screen_w,
                      int screen_h) {
    TalkOptions timing = options.timing;
    timing.deck = path;
    PreparedTalk talk;
    try {
        talk = prepare_talk(timing);
    } catch (const DeckError& error) {
        return unreadable_deck(path, error.what());
    } catch (const std::exception& error) {  // anything else about this deck stops only this deck
        return unreadable_deck(path, std::string("cannot read the deck: ") + error.what());
    }
    DeckCheck check;
    check.screen_w = screen_w;
    check.screen_h = screen_h;
    check.size_text = options.size;
    check.font_problem = font_problem(talk.settings.settings.font.value);
    check.undrawable = undrawable_text(talk.deck, talk.settings.settings.font.value);
    check.slides = read_slides(path, talk.deck, talk.schedule.count(), screen_w, screen_h);
    return deck_findings(path, talk, check);
}

// Names are printed readable (a Latin-1 byte as \xE9), never as bytes the terminal mangles.
void print_text(const DeckReport& report) {
    std::printf("%s %s\n", report.plays() ? "OK  " : "FAIL",
                printable(readable_utf8(report.path)).c_str());
    if (report.slides > 0)
        std::printf("     \"%s\": %d %s, %s, %s in all\n",
                    printable(readable_utf8(report.title)).c_str(), report.slides,
                    report.slides == 1 ? "slide" : "slides", report.format.c_str(),
                    format_offset(report.total).c_str());
    for (const auto& f : report.findings)
        std::printf("     %-7s %s: %s\n", std::string(level_name(f.level)).c_str(),
                    printable(readable_utf8(f.where)).c_str(),
                    printable(readable_utf8(f.what)).c_str());
}

nlohmann::json to_json(const DeckReport& report) {
    nlohmann::json out{{"plays", report.plays()},
                       {"format", report.format},
                       {"slides", report.slides},
                       {"total_ms", report.total.count()}};
    put_name(out, "deck", report.path);
    put_name(out, "title", report.title);
    out["findings"] = nlohmann::json::array();
    for (const auto& f : report.findings)
        out["findings"].push_back({{"level", level_name(f.level)},
                                   {"where", readable_utf8(f.where)},
                                   {"what", readable_utf8(f.what)}});
    out["slide_facts"] = nlohmann::json::array();
    for (const auto& s : report.facts) {
        nlohmann::json fact{{"width", s.width},
                            {"height", s.height},
                            {"planned_ms", s.planned.count()},
                            {"decode_estimate_ms", std::round(s.decode_ms * 10) / 10},
                            {"problem", readable_utf8(s.problem)}};
        put_name(fact, "file", s.file);
        out["slide_facts"].push_back(std::move(fact));
    }
    return out;
}

void print_prepared(const PreparedDeck& prepared, const std::string& size,
                    const PreparedSlides& store) {
    std::printf("  prepared for %s: %d slide(s) decoded now, %d of them kept, %d already prepared",
                size.c_str(), prepared.decoded, prepared.kept, prepared.read);
    if (prepared.failed > 0) std::printf(", %d broken (see above)", prepared.failed);
    std::printf("\n    in %s\n", printable(readable_utf8(store.folder().string())).c_str());
    if (prepared.kept < prepared.decoded)
        std::printf(
            "    (%d could not be kept: is the disk full or the folder read-only? play will "
            "decode those as it goes)\n",
            prepared.decoded - prepared.kept);
}

}  // namespace

int run_check(const CheckOptions& options) {
    const auto [screen_w, screen_h] = parse_size(options.size, "--size");
    timing_overrides(
        options.timing);  // a flag that is wrong for every deck is a usage error (exit 2)
    SdlLibrary sdl(0);
    bool all_play = true;
    nlohmann::json all = nlohmann::json::array();
    PreparedSlides store(options.prepare ? prepared_slides_folder() : std::filesystem::path());
    if (options.prepare && !store.enabled())
        throw std::runtime_error(
            "--prepare keeps slides in $XDG_CACHE_HOME/lightning/slides or "
            "~/.cache/lightning/slides, and neither XDG_CACHE_HOME nor HOME is set");
    for (const auto& path : options.decks) {
        const DeckReport report = check_deck(path, options, screen_w, screen_h);
        all_play = all_play && report.plays();
        std::optional<PreparedDeck> prepared;
        if (options.prepare) {
            std::optional<Deck> deck;
            try {
                deck = load_deck(path);
            } catch (const DeckError&) {  // the report says why: nothing to prepare
            }
            if (deck) prepared = prepare_deck(*deck, screen_w, screen_h, store);
        }
        if (options.json) {
            all.push_back(to_json(report));
            if (prepared)
                all.back()["prepared"] = {
                    {"size", options.size},         {"folder", store.folder().string()},
                    {"decoded", prepared->decoded}, {"already", prepared->read},
                    {"broken", prepared->failed},   {"kept", prepared->kept}};
        } else {
            print_text(report);
            if (prepared) print_prepared(*prepared, options.size, store);
        }
    }
    // --json always prints: a string that is still not UTF-8 is replaced rather than thrown on.
    if (options.json)
        std::printf("%s\n",
                    all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    if (std::fflush(stdout) != 0 || std::ferror(stdout))  // > /dev/full: nobody saw the findings
        throw std::runtime_error(
            "cannot write the findings to standard output (disk full, or a closed pipe?)");
    return all_play ? 0 : 1;
}

}  // namespace lightning
