#pragma once
// The organizer's hand check of a received deck, as findings the speaker gets back: what will
// not come across as meant (timings against the format, click-wait slides, the slide shape on the
// projector, missing fonts, animations, transitions, GIFs, video and audio, large media, hidden
// slides, missing notes). Pure: the font lookup (fontconfig) is the shell's, passed in.
#include <string>
#include <vector>

#include "core/import/deck_plan.hpp"
#include "core/import/imported_talk.hpp"

namespace lightning {

struct Finding {
    int slide = 0;       // 1-based slide number in the file; 0 for the whole deck
    int deck_slide = 0;  // 1-based place in the imported deck; 0 when not shown (or whole deck)
    std::string kind;    // "timing", "click-wait", "font", ... (stable, for --json)
    std::string message;
};

// A font the deck names that this machine lacks, and what fontconfig draws instead.
struct MissingFont {
    std::string font;
    std::string substitute;
};

struct PreflightInput {
    const ImportedTalk& talk;
    const DeckPlan& plan;
    int screen_width = 1920, screen_height = 1080;  // --size
    std::vector<MissingFont> missing_fonts;
};

std::vector<Finding> preflight(const PreflightInput& input);

// "PowerPoint Presentation", 4:3, 16:9 ... as a person says it: "4:3", "16:9", "1.60:1".
std::string aspect_text(double width, double height);

}  // namespace lightning
