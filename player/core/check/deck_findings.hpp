#pragma once
// What `check` finds in one deck, decided here from what the shell measured: the shell decodes
// slides on its threads, asks fontconfig and SDL_ttf what can be drawn, and prints; which of
// those facts is an error, a warning or a note, and the words that say what to do, are decided
// once, here, and unit-tested without a window or a decoder.
#include <string>
#include <vector>

#include "core/config/talk_options.hpp"
#include "core/deck/image_header.hpp"
#include "core/frame/slide_look.hpp"
#include "core/show/prepared_talk.hpp"

namespace lightning {

// One thing found. An error stops the deck from playing cleanly (check exits 1).
struct CheckFinding {
    enum class Level { Error, Warning, Info };
    Level level;
    std::string where;  // a file (and line), a slide, or the deck
    std::string what;
};
std::string_view level_name(CheckFinding::Level level);  // "error", "warning", "info"

// Words the deck shows besides its slides (title, notes) that no installed font can draw.
struct UndrawableText {
    std::string where;  // "title", "speaker", "slide 3 notes"
    std::string what;   // "has 2 characters no installed font can draw (U+E000, U+E001): ..."
};

// What the shell learned of slide k by reading it as play would.
struct SlideCheck {
    int width = 0, height = 0;  // the file's own size (a PDF page: as drawn)
    std::string problem;        // why it would not show (empty: it decodes)
    std::string damage;         // structural damage the decoder went past (a CRC that fails)
    ImageHeader header;         // an image's format, size and interlace, for the decode estimate
    SlideInk ink;               // what shows over the background
    double page_ms = 0;         // how long a PDF page took to draw (timed: it has no header)
};

// What the shell learned of the deck as a whole, and the projector it is checked against.
struct DeckCheck {
    int screen_w = 1920, screen_h = 1080;
    std::string size_text = "1920x1080";  // as the user wrote --size
    std::string font_problem;             // why the deck's font cannot be opened (empty: it can)
    std::vector<UndrawableText> undrawable;
    std::vector<SlideCheck> slides;  // one per slide, in order
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
    std::vector<CheckFinding> findings;
    bool plays() const;  // no error
};

// A deck that could not even be loaded: one error, its reason.
DeckReport unreadable_deck(const std::string& path, const std::string& why);

// Every finding for the deck at `path` (prepared with the timing flags it is checked against).
DeckReport deck_findings(const std::string& path, const PreparedTalk& talk, const DeckCheck& check);

// "16:9", "4:3", "16:10", or "1.85:1".
std::string ratio_text(int w, int h);

}  // namespace lightning
