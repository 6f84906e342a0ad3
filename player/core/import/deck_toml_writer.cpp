#include "core/import/deck_toml_writer.hpp"

#include <cstdio>

#include "core/deck/toml_text.hpp"

namespace lightning {

namespace {}  // namespace

std::string title_source_text(const ImportedTalk& talk) {
    switch (talk.title_source) {
        case TitleSource::Metadata:
            return "the file's metadata";
        case TitleSource::FirstSlide:
            return talk.metadata_title.empty() ? "the first slide's title (the metadata has none)"
                                               : "the first slide's title (the metadata's \"" +
                                                     talk.metadata_title + "\" is a leftover)";
        case TitleSource::FileName:
        default:
            return "the file's name (neither the metadata nor the first slide has a title)";
    }
}

std::string deck_toml_text(const ImportedTalk& talk, const DeckPlan& plan,
                           const std::string& source) {
    std::string out = "# Written by lightning import from " + source + " (" + talk.kind +
                      ").\n# Title from " + title_source_text(talk) + ".\n";
    out += "title = " + toml_quoted(talk.title) + "\n";
    if (!talk.speaker.empty()) out += "speaker = " + toml_quoted(talk.speaker) + "\n";
    out += "format = " + toml_quoted(std::string(format_name(plan.format))) + "\n";
    if (plan.total) out += "total = " + toml_seconds(*plan.total) + "\n";
    for (size_t i = 0; i < plan.shown.size(); ++i) {
        const ImportedSlide& slide = *plan.shown[i];
        out += "\n[[slide]]  # slide " + std::to_string(slide.number) + " of " + source + "\n";
        out += "file = " + toml_quoted(plan.files[i]) + "\n";
        if (plan.format == TalkFormat::FiveMinutes && slide.advance && slide.advance->count() > 0)
            out += "seconds = " + toml_seconds(*slide.advance) + "\n";
        if (!slide.notes.empty()) out += "notes = " + toml_quoted(slide.notes) + "\n";
    }
    return out;
}

}  // namespace lightning
