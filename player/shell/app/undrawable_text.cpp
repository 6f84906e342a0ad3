#include "shell/app/undrawable_text.hpp"

#include <cstdio>
#include <set>

#include "shell/draw/font_set.hpp"

namespace lightning {

namespace {

// Characters that draw nothing of their own (spaces, joiners, selectors, direction marks, tags):
// no font needs a glyph for them.
bool draws_nothing(char32_t cp) {
    return cp <= 0x20 || cp == 0x7F || cp == 0xA0 || (cp >= 0x200B && cp <= 0x200F) ||
           (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
           (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || (cp >= 0xE0000 && cp <= 0xE007F) ||
           (cp >= 0x1F3FB && cp <= 0x1F3FF);
}

std::string code_point_name(char32_t cp) {
    char text[16];
    std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(cp));
    return text;
}

}  // namespace

std::vector<UndrawableText> undrawable_text(const Deck& deck, const std::string& font) {
    FontSet fonts(font);
    std::vector<UndrawableText> out;
    const auto judge = [&](const std::string& where, const std::string& text, bool bold) {
        std::set<char32_t> missing;
        size_t i = 0;
        while (i < text.size()) {
            const char32_t cp = next_codepoint(text, i);
            if (!draws_nothing(cp) && !fonts.covers(cp, bold)) missing.insert(cp);
        }
        if (missing.empty()) return;
        std::string list;
        int listed = 0;
        for (const char32_t cp : missing) {
            if (listed++ == 5) {
                list += ", ...";
                break;
            }
            list += (list.empty() ? "" : ", ") + code_point_name(cp);
        }
        out.push_back({where, "has " + std::to_string(missing.size()) + " character" +
                                  (missing.size() == 1 ? "" : "s") +
                                  " no installed font can draw (" + list +
                                  (missing.size() == 1 ? "): it would show as a box"
                                                       : "): they would show as boxes") +
                                  "; install a font that has them "
                                  "(Debian: fonts-noto-cjk for Korean, Chinese and Japanese, "
                                  "fonts-noto-color-emoji for emoji, fonts-noto for the rest)"});
    };
    judge("title", deck.title, true);  // cards draw the title bold
    judge("speaker", deck.speaker, false);
    for (size_t k = 0; k < deck.slides.size(); ++k)
        judge("slide " + std::to_string(k + 1) + " notes", deck.slides[k].notes, false);
    return out;
}

}  // namespace lightning
