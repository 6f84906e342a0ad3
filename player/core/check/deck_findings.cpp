#include "core/check/deck_findings.hpp"

#include <cmath>
#include <cstdio>
#include <map>

#include "core/check/slide_findings.hpp"
#include "core/deck/image_formats.hpp"
#include "core/time/time_text.hpp"

namespace lightning {

std::string_view level_name(CheckFinding::Level level) {
    switch (level) {
        case CheckFinding::Level::Error:
            return "error";
        case CheckFinding::Level::Warning:
            return "warning";
        case CheckFinding::Level::Info:
            return "info";
    }
    return "info";
}

bool DeckReport::plays() const {
    for (const auto& f : findings)
        if (f.level == CheckFinding::Level::Error) return false;
    return true;
}

DeckReport unreadable_deck(const std::string& path, const std::string& why) {
    DeckReport report;
    report.path = path;
    report.findings.push_back({CheckFinding::Level::Error, path, why});
    return report;
}

std::string ratio_text(int w, int h) {
    if (w <= 0 || h <= 0) return "?";
    const double r = static_cast<double>(w) / h;
    if (std::fabs(r - 16.0 / 9) < 0.01) return "16:9";
    if (std::fabs(r - 4.0 / 3) < 0.01) return "4:3";
    if (std::fabs(r - 16.0 / 10) < 0.01) return "16:10";
    char text[32];
    std::snprintf(text, sizeof text, "%.2f:1", r);
    return text;
}

namespace {

using Level = CheckFinding::Level;

// Findings about the deck as a whole: its own warnings, the timing flags, the font, words that
// would be boxes, files left out, and the slide count a 20-slide format wants.
void deck_level(DeckReport& report, const PreparedTalk& talk, const DeckCheck& check) {
    const Deck& deck = talk.deck;
    const std::string& path = report.path;
    for (const auto& warning : deck.warnings)
        report.findings.push_back({Level::Warning, path, warning});
    for (const auto& warning : talk_timing_warnings(talk))
        report.findings.push_back({Level::Warning, path, warning});
    // A font that cannot be opened does not stop the talk (the bundled font is drawn instead),
    // but the speaker chose it: a warning where it was set.
    const auto& font = talk.settings.settings.font;
    if (!check.font_problem.empty())
        report.findings.push_back({Level::Warning, font.where.empty() ? path : font.where,
                                   "font: " + check.font_problem});
    // Words on the cards and the presenter view that would be boxes: say which font to install.
    const std::string text_where = deck.toml_path.empty() ? path : deck.toml_path.string();
    for (const auto& text : check.undrawable)
        report.findings.push_back({Level::Warning, text_where, text.where + " " + text.what});
    // A picture the speaker meant as a slide (a phone's HEIC, an SVG) must not vanish quietly.
    for (const auto& file : deck.ignored_files) {
        if (const auto advice = unsupported_picture_advice(file); !advice.empty())
            report.findings.push_back({Level::Warning, file, "left out: " + advice});
        else
            report.findings.push_back({Level::Info, file, "not a slide image; ignored"});
    }
    if (talk.schedule.format != TalkFormat::FiveMinutes && report.slides != 20)
        report.findings.push_back({Level::Warning, path,
                                   std::string(format_name(talk.schedule.format)) +
                                       " talks have 20 slides; this deck has " +
                                       std::to_string(report.slides) + " (" +
                                       format_countdown(talk.schedule.total) + " in all)"});
}

// A slide whose shape differs from most slides' is letterboxed.
void shape_findings(DeckReport& report) {
    std::map<std::string, int> ratios;
    for (const auto& f : report.facts)
        if (f.problem.empty() && f.width > 0) ++ratios[ratio_text(f.width, f.height)];
    if (ratios.empty()) return;
    auto common = ratios.begin();
    for (auto it = ratios.begin(); it != ratios.end(); ++it)
        if (it->second > common->second) common = it;
    for (size_t k = 0; k < report.facts.size(); ++k) {
        const auto& f = report.facts[k];
        if (f.problem.empty() && f.width > 0 && ratio_text(f.width, f.height) != common->first)
            report.findings.push_back(
                {Level::Warning, "slide " + std::to_string(k + 1) + " (" + f.file + ")",
                 "is " + ratio_text(f.width, f.height) + " while most slides are " + common->first +
                     ": it will be letterboxed"});
    }
}

// Slides without notes, named after the file that holds (or would hold) them: a PDF's is
// talk.pdf.toml.
void notes_findings(DeckReport& report, const Deck& deck) {
    int without_notes = 0;
    for (const auto& slide : deck.slides) without_notes += slide.notes.empty();
    if (without_notes == 0) return;
    const std::string notes_file = !deck.toml_path.empty() ? deck.toml_path.filename().string()
                                   : !deck.pdf.empty()     ? deck.pdf.filename().string() + ".toml"
                                                           : std::string("deck.toml");
    if (deck.toml_path.empty())
        report.findings.push_back({Level::Info, report.path,
                                   "no " + notes_file +
                                       ", so no notes: write one beside the slides to see notes on "
                                       "the presenter view ([[slide]] with notes = \"...\")"});
    else
        report.findings.push_back({Level::Info, report.path,
                                   std::to_string(without_notes) + " of " +
                                       std::to_string(report.slides) + " slides have no notes in " +
                                       notes_file});
}

}  // namespace

DeckReport deck_findings(const std::string& path, const PreparedTalk& talk,
                         const DeckCheck& check) {
    DeckReport report;
    report.path = path;
    report.title = talk.deck.title;
    report.format = std::string(format_name(talk.schedule.format));
    report.slides = talk.schedule.count();
    report.total = talk.schedule.total;
    deck_level(report, talk, check);
    const SlideFindingContext context{talk, check.screen_w, check.screen_h, check.size_text};
    for (int k = 0; k < report.slides; ++k) {
        const size_t i = static_cast<size_t>(k);
        const SlideCheck read = i < check.slides.size() ? check.slides[i] : SlideCheck{};
        report.facts.push_back(slide_findings(context, k, read, report.findings));
    }
    shape_findings(report);
    notes_findings(report, talk.deck);
    return report;
}

}  // namespace lightning
