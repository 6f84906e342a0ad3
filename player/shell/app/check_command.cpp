#include "shell/app/check_command.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <thread>

#include "core/deck/image_formats.hpp"
#include "core/deck/image_header.hpp"
#include "core/deck/slot_readiness.hpp"
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

// One thing found, at one of three levels: an error stops the deck from playing cleanly.
struct Finding {
    std::string level;  // "error", "warning", "info"
    std::string where;  // a file (and line), or the deck
    std::string what;
};

struct SlideFacts {
    std::string file;
    int width = 0, height = 0;
    double decode_ms = 0;
    Millis planned{0};
    std::string problem;
};

struct DeckReport {
    std::string path;
    std::string title, format;
    int slides = 0;
    Millis total{0};
    std::vector<SlideFacts> facts;
    std::vector<Finding> findings;
    bool plays() const {
        for (const auto& f : findings)
            if (f.level == "error") return false;
        return true;
    }
};

std::string ratio_text(int w, int h) {
    const double r = static_cast<double>(w) / h;
    if (std::fabs(r - 16.0 / 9) < 0.01) return "16:9";
    if (std::fabs(r - 4.0 / 3) < 0.01) return "4:3";
    if (std::fabs(r - 16.0 / 10) < 0.01) return "16:10";
    char text[32];
    std::snprintf(text, sizeof text, "%.2f:1", r);
    return text;
}

// Why a slide would not be seen, and what to do. The background suggested is the one of black
// and white that more of the slide's content reads on (dark text wants white, light text black).
std::string invisible_text(const SlideInk& ink, Rgb background,
                           const std::string& background_text) {
    const Rgb black{0, 0, 0}, white{255, 255, 255};
    const bool on_white = unreadable_share(ink, white) < unreadable_share(ink, black);
    const std::string other = on_white ? "#ffffff" : "#000000";
    const std::string fix = "export it with an opaque background" +
                            (background == (on_white ? white : black)
                                 ? std::string()
                                 : ", or set background = \"" + other + "\" in deck.toml");
    if (ink.transparent >= 0.999)
        return "is fully transparent: only the background " + background_text + " would show; " +
               fix;
    return "is " + std::to_string(static_cast<int>(ink.transparent * 100)) + "% transparent and " +
           std::to_string(static_cast<int>(unreadable_share(ink, background) * 100 + 0.5)) +
           "% of what it shows has too little contrast with the background " + background_text +
           ": the audience would see almost nothing; " + fix;
}

std::string picture_name(const ImageHeader& header) {
    return header.format == "jpeg" ? "JPEG" : header.format == "png" ? "PNG" : "picture";
}

DeckReport check_deck(const std::string& path, const CheckOptions& options, int screen_w,
                      int screen_h) {
    DeckReport report;
    report.path = path;
    TalkOptions timing = options.timing;
    timing.deck = path;
    PreparedTalk talk;
    try {
        talk = prepare_talk(timing);
    } catch (const DeckError& error) {
        report.findings.push_back({"error", path, error.what()});
        return report;
    } catch (const std::exception& error) {  // anything else about this deck stops only this deck
        report.findings.push_back(
            {"error", path, std::string("cannot read the deck: ") + error.what()});
        return report;
    }
    const Deck& deck = talk.deck;
    report.title = deck.title;
    report.format = std::string(format_name(talk.schedule.format));
    report.slides = talk.schedule.count();
    report.total = talk.schedule.total;
    for (const auto& warning : deck.warnings) report.findings.push_back({"warning", path, warning});
    for (const auto& warning : talk_timing_warnings(talk, timing))
        report.findings.push_back({"warning", path, warning});
    // A font that cannot be opened does not stop the talk (the bundled font is drawn instead),
    // but the speaker chose it: a warning where it was set.
    const auto& font = talk.settings.settings.font;
    if (const std::string problem = font_problem(font.value); !problem.empty())
        report.findings.push_back(
            {"warning", font.where.empty() ? path : font.where, "font: " + problem});
    // Words on the cards and the presenter view that would be boxes: say which font to install.
    const std::string text_where = deck.toml_path.empty() ? path : deck.toml_path.string();
    for (const auto& text : undrawable_text(deck, font.value))
        report.findings.push_back({"warning", text_where, text.where + " " + text.what});
    // A picture the speaker meant as a slide (a phone's HEIC, an SVG) must not vanish quietly.
    for (const auto& file : deck.ignored_files) {
        if (const auto advice = unsupported_picture_advice(file); !advice.empty())
            report.findings.push_back({"warning", file, "left out: " + advice});
        else
            report.findings.push_back({"info", file, "not a slide image; ignored"});
    }
    if (talk.schedule.format != TalkFormat::FiveMinutes && report.slides != 20)
        report.findings.push_back({"warning", path,
                                   std::string(format_name(talk.schedule.format)) +
                                       " talks have 20 slides; this deck has " +
                                       std::to_string(report.slides) + " (" +
                                       format_countdown(talk.schedule.total) + " in all)"});

    // Every slide read on every core (each worker has its own SlideSource: a PDF document is not
    // shared between threads), its facts kept in slide order.
    std::vector<SlideRead> reads(static_cast<size_t>(report.slides));
    {
        std::atomic<int> next{0};
        const SteadyClock clock;
        CheckProgress progress(path, report.slides, clock);
        auto work = [&] {
            SlideSource source(deck);
            for (int k = next++; k < report.slides; k = next++) {
                reads[static_cast<size_t>(k)] = read_slide(source, deck, k, screen_w, screen_h);
                progress.slide_done();
            }
        };
        const int workers =
            std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 16);
        std::vector<std::thread> threads;
        for (int w = 1; w < std::min(workers, report.slides); ++w) threads.emplace_back(work);
        work();
        for (auto& thread : threads) thread.join();
    }
    std::map<std::string, int> ratios;
    for (int k = 0; k < report.slides; ++k) {
        const auto& slide = deck.slides[static_cast<size_t>(k)];
        const SlideRead& read = reads[static_cast<size_t>(k)];
        const DecodedSlide& result = read.decoded;
        SlideFacts facts;
        facts.file = slide.file;
        facts.planned = talk.schedule.slides[static_cast<size_t>(k)].duration;
        facts.width = result.source_width;
        facts.height = result.source_height;
        facts.problem = result.problem;
        const std::string where = "slide " + std::to_string(k + 1) + " (" + slide.file + ")";
        if (!result.problem.empty()) {
            report.findings.push_back(
                {"error", where, result.problem + "; it would show as a placeholder"});
        } else if (!read.damage.empty()) {
            report.findings.push_back({"error", where,
                                       "the " + picture_name(read.header) + " file is damaged (" +
                                           read.damage +
                                           "); it may show with wrong pixels: copy it again, or "
                                           "export it again"});
        } else {
            ++ratios[ratio_text(facts.width, facts.height)];
            if (facts.width * 2 < screen_w && facts.height * 2 < screen_h)
                report.findings.push_back({"warning", where,
                                           std::to_string(facts.width) + "x" +
                                               std::to_string(facts.height) + " is small for a " +
                                               options.size +
                                               " projector: it will be enlarged and look blurry"});
            if (looks_invisible(read.ink, talk.look.background))
                report.findings.push_back(
                    {"warning", where,
                     invisible_text(read.ink, talk.look.background,
                                    talk.settings.settings.background.value)});
            // Ready in its slot? An image's decode is estimated from its header, a PDF page's
            // drawing timed (nothing else says what a page costs); play shows neither earlier.
            facts.decode_ms = slide.page < 0 ? estimated_decode_ms(read.header) : read.page_ms;
            if (const auto late = slot_readiness(talk.schedule, k, facts.decode_ms,
                                                 slide.page < 0 ? "decode" : "draw"))
                report.findings.push_back(
                    {late->level == SlotReadiness::Level::Error ? "error" : "warning", where,
                     late->what});
            if (slide.page < 0) {
                const ImageHeader& header = read.header;
                // Estimated from the header, never timed: a busy machine must not change the
                // findings. Advice only where it can be followed: larger than the screen, and
                // slow with it.
                if (facts.decode_ms > 250 && (facts.width > screen_w || facts.height > screen_h))
                    report.findings.push_back(
                        {"warning", where,
                         std::to_string(facts.width) + "x" + std::to_string(facts.height) +
                             (header.interlaced ? " (interlaced)" : "") + " " + header.format +
                             " takes about " + std::to_string(static_cast<int>(facts.decode_ms)) +
                             " ms to decode; export it at the screen's size (" + options.size +
                             ")"});
            }
        }
        report.facts.push_back(facts);
    }
    if (!ratios.empty()) {
        auto common = ratios.begin();
        for (auto it = ratios.begin(); it != ratios.end(); ++it)
            if (it->second > common->second) common = it;
        for (int k = 0; k < report.slides; ++k) {
            const auto& f = report.facts[static_cast<size_t>(k)];
            if (f.problem.empty() && ratio_text(f.width, f.height) != common->first)
                report.findings.push_back(
                    {"warning", "slide " + std::to_string(k + 1) + " (" + f.file + ")",
                     "is " + ratio_text(f.width, f.height) + " while most slides are " +
                         common->first + ": it will be letterboxed"});
        }
    }
    int without_notes = 0;
    for (const auto& slide : deck.slides) without_notes += slide.notes.empty();
    // Named after the file that holds (or would hold) the notes: a PDF's is talk.pdf.toml.
    const std::string notes_file = !deck.toml_path.empty() ? deck.toml_path.filename().string()
                                   : !deck.pdf.empty()     ? deck.pdf.filename().string() + ".toml"
                                                           : std::string("deck.toml");
    if (without_notes > 0 && deck.toml_path.empty())
        report.findings.push_back({"info", path,
                                   "no " + notes_file +
                                       ", so no notes: write one beside the slides to see notes on "
                                       "the presenter view ([[slide]] with notes = \"...\")"});
    else if (without_notes > 0)
        report.findings.push_back({"info", path,
                                   std::to_string(without_notes) + " of " +
                                       std::to_string(report.slides) + " slides have no notes in " +
                                       notes_file});
    return report;
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
        std::printf("     %-7s %s: %s\n", f.level.c_str(),
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
        out["findings"].push_back({{"level", f.level},
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
