#include "core/import/imported_talk.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace lightning {

namespace {

std::string trimmed_lower(const std::string& text) {
    size_t begin = 0, end = text.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    std::string lower = text.substr(begin, end - begin);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

}  // namespace

int ImportedTalk::shown_count() const {
    return static_cast<int>(
        std::count_if(slides.begin(), slides.end(), [](const auto& s) { return !s.hidden; }));
}

bool stale_title(const std::string& title) {
    const std::string t = trimmed_lower(title);
    if (t.empty()) return true;
    // What PowerPoint, Impress, Google Slides and Keynote put in a new file, and what templates
    // leave behind.
    static constexpr std::array<std::string_view, 12> exact = {
        "powerpoint presentation", "presentation", "untitled", "untitled presentation",
        "click to add title",      "title",        "slide 1",  "title slide",
        "your title here",         "template",     "ppt",      "unbenannt"};
    if (std::find(exact.begin(), exact.end(), t) != exact.end()) return true;
    for (std::string_view prefix : {"presentation1", "presentation2", "powerpoint-präsentation",
                                    "présentation powerpoint", "office theme", "template"})
        if (t.starts_with(prefix)) return true;
    return false;
}

void choose_title(ImportedTalk& talk, const std::string& fallback) {
    if (!stale_title(talk.metadata_title)) {
        talk.title = talk.metadata_title;
        talk.title_source = TitleSource::Metadata;
        return;
    }
    for (const ImportedSlide& slide : talk.slides)
        if (!slide.hidden) {
            if (!stale_title(slide.title)) {
                // A title set on two lines is one title: "Why we\nship on Fridays".
                talk.title = slide.title;
                for (char& c : talk.title)
                    if (c == '\n' || c == '\t') c = ' ';
                talk.title_source = TitleSource::FirstSlide;
                return;
            }
            break;
        }
    talk.title = fallback;
    talk.title_source = TitleSource::FileName;
}

}  // namespace lightning
