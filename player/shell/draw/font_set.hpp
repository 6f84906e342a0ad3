#pragma once
// The fonts text is drawn with: the bundled DejaVu Sans (or the deck's `font`), then, glyph by
// glyph, whatever installed font fontconfig finds for a character the first ones lack (Noto CJK
// for Hangul, kana and Han, Noto Color Emoji, ...). A character no installed font has falls back
// to the first font's missing-glyph box.
#include <fontconfig/fontconfig.h>

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "shell/platform/sdl_handles.hpp"

namespace lightning {

// A stretch of text drawn with one font.
struct TextRun {
    std::string text;
    int face = 0;      // index into FontSet's faces
    bool rtl = false;  // Hebrew, Arabic, ...: shaped right to left
};

class FontSet {
public:
    // `font`: the deck's or config's font file, or a fontconfig name ("Noto Serif"); empty:
    // the bundled DejaVu Sans.
    explicit FontSet(const std::string& font = "");
    ~FontSet();
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;

    // The face for a pixel size (opened on first use; faces beyond the first are fallbacks).
    TTF_Font* get(int face, bool bold, int pixel_size);
    // The face that draws `codepoint`: the first face that has it, else a fallback found by
    // fontconfig (remembered), else 0.
    int face_for(char32_t codepoint, bool bold);
    // True when some face has a glyph for `codepoint` (tests: nothing fell to the box).
    bool covers(char32_t codepoint, bool bold) {
        return face_for(codepoint, bold) != 0 || primary_has(codepoint, bold);
    }
    // `text` cut into runs of one face each (and of one direction).
    std::vector<TextRun> runs(const std::string& text, bool bold);
    // The file behind each face, in order (for tests and --verbose).
    std::vector<std::string> files(bool bold) const;
    // Why the font asked for was left out (see font_check.hpp); empty when it is used.
    const std::string& problem() const { return problem_; }

private:
    struct Face {
        std::string file;
        long index = 0;
    };
    bool primary_has(char32_t codepoint, bool bold);
    // The colour emoji font's face, found on first use; -1 when none is installed.
    int emoji_face(bool bold);
    static constexpr int kUnknownFace = -2;
    int emoji_face_[2] = {kUnknownFace, kUnknownFace};
    bool has_glyph(int face, bool bold, char32_t codepoint);
    int find_fallback(char32_t codepoint, bool bold);

    std::string problem_;
    std::vector<Face> faces_[2];  // [bold]
    std::map<std::tuple<int, bool, int>, FontPtr> open_;
    std::unordered_map<char32_t, int> chosen_[2];  // codepoint -> face
    FcConfig* config();                            // loaded on first use

    FcConfig* config_ = nullptr;
    bool config_loaded_ = false;
};

// Decodes one UTF-8 character at `i` (advancing it); invalid bytes read as U+FFFD.
char32_t next_codepoint(const std::string& text, size_t& i);

}  // namespace lightning
