#pragma once
// What a PPTX or ODP file says about its talk, read from its structure (slide list, relationships,
// styles), never guessed from part names. Hidden slides are kept here, marked, so the preflight
// can list them; the deck gets only the shown ones.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/time/clock.hpp"

namespace lightning {

enum class MediaKind { Video, Audio, Gif, Picture };

struct MediaUse {
    std::string part;  // "ppt/media/media1.mp4"
    MediaKind kind = MediaKind::Picture;
    std::uint64_t bytes = 0;
};

struct ImportedSlide {
    int number = 0;     // 1-based place in the file's slide list, hidden slides counted
    std::string part;   // "ppt/slides/slide7.xml", or "content.xml" for ODP
    std::string title;  // the title placeholder's text, for messages and the deck's title
    std::string notes;
    bool hidden = false;
    // Advances by itself after this long (PPTX advTm, ODP duration with an automatic
    // transition); empty when it waits for a click.
    std::optional<Millis> advance;
    bool animations = false;  // builds or animations, which a picture flattens
    bool transition = false;  // a transition effect, which play does not draw
    std::vector<MediaUse> media;
};

enum class TitleSource { Metadata, FirstSlide, FileName };

struct ImportedTalk {
    std::string kind;  // "PowerPoint" or "Impress", for messages
    std::string title;
    TitleSource title_source = TitleSource::FileName;
    std::string metadata_title;  // as the file's metadata has it, also when stale
    std::string speaker;         // dc:creator / meta:initial-creator
    // The slide's shape in the file's units (EMU, cm); 0 when the file does not say.
    double slide_width = 0, slide_height = 0;
    std::vector<ImportedSlide> slides;  // every slide, hidden ones included, in show order
    std::set<std::string> fonts;        // typefaces the slides and theme name
    // PowerPoint's Slide Show > Use Timings is off (ppt/presProps.xml useTimings="0"): its own show
    // ignores the slides' times, which lightning plays.
    bool timings_off = false;

    int shown_count() const;
};

// "PowerPoint Presentation", "Presentation1", "Click to add title", empty and other leftovers of
// a template or a new file: not the talk's title.
bool stale_title(const std::string& title);

// Picks the title: the metadata's unless stale, else the first shown slide's title text, else
// `fallback` (the file's name without extension).
void choose_title(ImportedTalk& talk, const std::string& fallback);

}  // namespace lightning
