#include "core/import/preflight.hpp"

#include <cmath>
#include <cstdio>

namespace lightning {

namespace {

constexpr std::uint64_t kLargeMedia = 50ull << 20;

std::string format_label(TalkFormat format) {
    return format == TalkFormat::Ignite       ? "Ignite"
           : format == TalkFormat::PechaKucha ? "PechaKucha"
                                              : "five-minutes";
}

Millis per_slide(TalkFormat format) {
    return format == TalkFormat::Ignite ? Millis{15'000} : Millis{20'000};
}

std::string seconds_text(Millis ms) {
    char buffer[32];
    if (ms.count() % 1000 == 0)
        std::snprintf(buffer, sizeof buffer, "%lld s", static_cast<long long>(ms.count() / 1000));
    else
        std::snprintf(buffer, sizeof buffer, "%.1f s", static_cast<double>(ms.count()) / 1000.0);
    return buffer;
}

// "6:50", "12:05.5".
std::string minutes_text(Millis ms) {
    const long long tenths = ms.count() / 100;
    char buffer[32];
    if (tenths % 10 == 0)
        std::snprintf(buffer, sizeof buffer, "%lld:%02lld", tenths / 600, tenths / 10 % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%lld:%02lld.%lld", tenths / 600, tenths / 10 % 60,
                      tenths % 10);
    return buffer;
}

std::string size_text(std::uint64_t bytes) {
    return std::to_string((bytes + (1 << 19)) >> 20) + " MB";
}

std::string file_name(const std::string& part) {
    const size_t slash = part.rfind('/');
    return slash == std::string::npos ? part : part.substr(slash + 1);
}

class Findings {
public:
    explicit Findings(const DeckPlan& plan) : plan_(plan) {}

    void add(const ImportedSlide* slide, std::string kind, std::string message) {
        Finding finding;
        if (slide) {
            finding.slide = slide->number;
            for (size_t i = 0; i < plan_.shown.size(); ++i)
                if (plan_.shown[i] == slide) finding.deck_slide = static_cast<int>(i) + 1;
        }
        finding.kind = std::move(kind);
        finding.message = std::move(message);
        out_.push_back(std::move(finding));
    }
    std::vector<Finding> take() { return std::move(out_); }

private:
    const DeckPlan& plan_;
    std::vector<Finding> out_;
};

void check_timings(const ImportedTalk& talk, const DeckPlan& plan, Findings& findings) {
    const int count = static_cast<int>(plan.shown.size());
    int timed = 0;
    for (const ImportedSlide* slide : plan.shown)
        if (slide->advance) ++timed;
    if (talk.timings_off && timed > 0)
        findings.add(nullptr, "timings-off",
                     "the file's own slide show ignores its timings (Slide Show > Use Timings is "
                     "off), but lightning plays them: check they are meant, or edit deck.toml");
    if (plan.aimed) {
        const std::string name = format_label(*plan.aimed);
        if (count != 20)
            findings.add(
                nullptr, "slide-count",
                name + " is 20 slides; this deck shows " + std::to_string(count) +
                    (talk.slides.size() != plan.shown.size() ? " (hidden ones left out)" : ""));
        const Millis want = per_slide(*plan.aimed);
        for (const ImportedSlide* slide : plan.shown) {
            const std::string n = "slide " + std::to_string(slide->number);
            if (!slide->advance)
                findings.add(
                    slide, "click-wait",
                    n + " waits for a click; " + name + " advances every " + seconds_text(want));
            else if (*slide->advance != want)
                findings.add(slide, "timing",
                             n + " advances after " + seconds_text(*slide->advance) + "; " + name +
                                 " is " + seconds_text(want));
        }
        return;
    }
    if (timed == 0) {
        findings.add(nullptr, "no-timings",
                     "no slide advances by itself: the deck is five-minutes, 5:00 split evenly "
                     "over " +
                         std::to_string(count) +
                         " slides; set each slide's time (PowerPoint: Transitions > After; "
                         "Impress: Slide Transition > Automatically after) or edit deck.toml");
        return;
    }
    for (const ImportedSlide* slide : plan.shown)
        if (!slide->advance)
            findings.add(slide, "click-wait",
                         "slide " + std::to_string(slide->number) +
                             " waits for a click inside an auto-advancing deck; it gets a share "
                             "of what is left of the total");
    if (plan.total)
        findings.add(nullptr, "total",
                     "the timed slides leave too little of 5:00 for the others: total set to " +
                         seconds_text(*plan.total) + " (15 s for each untimed slide)");
    // Every slide timed: the talk lasts their sum, which a five-minute slot may not hold.
    if (timed == count) {
        Millis sum{0};
        for (const ImportedSlide* slide : plan.shown) sum += *slide->advance;
        if (sum != Millis{300'000})
            findings.add(nullptr, "length",
                         "the slides' own times add up to " + minutes_text(sum) +
                             ", not 5:00; the deck plays them as they are");
    }
}

void check_shape(const ImportedTalk& talk, const PreflightInput& input, Findings& findings) {
    if (talk.slide_width <= 0 || talk.slide_height <= 0 || input.screen_height <= 0) return;
    const double slide = talk.slide_width / talk.slide_height;
    const double screen = static_cast<double>(input.screen_width) / input.screen_height;
    if (std::abs(slide / screen - 1.0) < 0.02) return;
    findings.add(nullptr, "shape",
                 "the slides are " + aspect_text(talk.slide_width, talk.slide_height) +
                     " and the projector " + aspect_text(input.screen_width, input.screen_height) +
                     ": they are letterboxed (bars " +
                     (slide < screen ? "left and right" : "above and below") + ")");
}

void check_slide(const ImportedSlide& slide, bool notes_elsewhere, Findings& findings) {
    const std::string n = "slide " + std::to_string(slide.number);
    if (slide.hidden) {
        findings.add(&slide, "hidden", n + " is hidden: left out of the deck");
        return;
    }
    if (slide.animations)
        findings.add(&slide, "animation",
                     n + " has animations: its picture shows them all at once");
    if (slide.transition)
        findings.add(&slide, "transition", n + "'s transition effect is not drawn: slides cut");
    for (const MediaUse& media : slide.media) {
        const std::string name = file_name(media.part);
        if (media.kind == MediaKind::Gif)
            findings.add(&slide, "gif", n + " has a GIF (" + name + "): it will not move");
        if (media.kind == MediaKind::Video || media.kind == MediaKind::Audio)
            findings.add(&slide, media.kind == MediaKind::Video ? "video" : "audio",
                         n + " has " + (media.kind == MediaKind::Video ? "a video" : "audio") +
                             " (" + name + "): it will not play; the picture shows its poster");
        if (media.bytes >= kLargeMedia)
            findings.add(&slide, "large-media",
                         n + " holds " + name + " of " + size_text(media.bytes) +
                             ": very large for a slide; ask for a smaller file");
    }
    if (notes_elsewhere && slide.notes.empty())
        findings.add(&slide, "notes", n + " has no notes (other slides do)");
}

}  // namespace

std::string aspect_text(double width, double height) {
    const double ratio = width / height;
    for (const auto& [w, h] : {std::pair{4, 3}, std::pair{16, 9}, std::pair{16, 10},
                               std::pair{3, 2}, std::pair{1, 1}, std::pair{5, 4}})
        if (std::abs(ratio / (static_cast<double>(w) / h) - 1.0) < 0.01)
            return std::to_string(w) + ":" + std::to_string(h);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f:1", ratio);
    return buffer;
}

std::vector<Finding> preflight(const PreflightInput& input) {
    Findings findings(input.plan);
    check_timings(input.talk, input.plan, findings);
    check_shape(input.talk, input, findings);
    for (const MissingFont& font : input.missing_fonts) {
        std::string hint = "install the font or ask for a PDF";
        if (font.font == "Calibri" || font.font == "Calibri Light" || font.font == "Cambria")
            hint = "apt-get install fonts-crosextra-carlito fonts-crosextra-caladea (same metrics)";
        findings.add(nullptr, "font",
                     font.font + " -> " + font.substitute + ": lines may reflow; " + hint);
    }
    bool notes_anywhere = false;
    for (const ImportedSlide* slide : input.plan.shown) notes_anywhere |= !slide->notes.empty();
    for (const ImportedSlide& slide : input.talk.slides)
        check_slide(slide, notes_anywhere, findings);
    return findings.take();
}

}  // namespace lightning
