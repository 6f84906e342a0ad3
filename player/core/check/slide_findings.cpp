#include "core/check/slide_findings.hpp"

#include "core/deck/slot_readiness.hpp"

namespace lightning {

namespace {

using Level = CheckFinding::Level;

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

std::string size_text(int w, int h) {
    return std::to_string(w) + "x" + std::to_string(h);
}

}  // namespace

SlideFacts slide_findings(const SlideFindingContext& context, int k, const SlideCheck& read,
                          std::vector<CheckFinding>& findings) {
    const PreparedTalk& talk = context.talk;
    const SlideEntry& slide = talk.deck.slides[static_cast<size_t>(k)];
    SlideFacts facts;
    facts.file = slide.file;
    facts.planned = talk.schedule.slides[static_cast<size_t>(k)].duration;
    facts.width = read.width;
    facts.height = read.height;
    facts.problem = read.problem;
    const std::string where = "slide " + std::to_string(k + 1) + " (" + slide.file + ")";
    if (!read.problem.empty()) {
        findings.push_back(
            {Level::Error, where, read.problem + "; it would show as a placeholder"});
        return facts;
    }
    if (!read.damage.empty()) {
        findings.push_back({Level::Error, where,
                            "the " + picture_name(read.header) + " file is damaged (" +
                                read.damage +
                                "); it may show with wrong pixels: copy it again, or export it "
                                "again"});
        return facts;
    }
    if (facts.width * 2 < context.screen_w && facts.height * 2 < context.screen_h)
        findings.push_back({Level::Warning, where,
                            size_text(facts.width, facts.height) + " is small for a " +
                                context.size_text +
                                " projector: it will be enlarged and look blurry"});
    if (looks_invisible(read.ink, talk.look.background))
        findings.push_back({Level::Warning, where,
                            invisible_text(read.ink, talk.look.background,
                                           talk.settings.settings.background.value)});
    // Ready in its slot? An image's decode is estimated from its header, a PDF page's drawing
    // timed (nothing else says what a page costs); play shows neither earlier.
    const bool image = slide.page < 0;
    facts.decode_ms = image ? estimated_decode_ms(read.header) : read.page_ms;
    if (const auto late =
            slot_readiness(talk.schedule, k, facts.decode_ms, image ? "decode" : "draw"))
        findings.push_back(
            {late->level == SlotReadiness::Level::Error ? Level::Error : Level::Warning, where,
             late->what});
    // Estimated from the header, never timed: a busy machine must not change the findings.
    // Advice only where it can be followed: larger than the screen, and slow with it.
    if (image && facts.decode_ms > 250 &&
        (facts.width > context.screen_w || facts.height > context.screen_h))
        findings.push_back(
            {Level::Warning, where,
             size_text(facts.width, facts.height) +
                 (read.header.interlaced ? " (interlaced)" : "") + " " + read.header.format +
                 " takes about " + std::to_string(static_cast<int>(facts.decode_ms)) +
                 " ms to decode; export it at the screen's size (" + context.size_text + ")"});
    return facts;
}

}  // namespace lightning
