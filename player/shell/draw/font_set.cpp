#include "shell/draw/font_set.hpp"

#include "shell/draw/font_check.hpp"
#include "shell/platform/assets.hpp"

namespace lightning {

char32_t next_codepoint(const std::string& text, size_t& i) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    int extra = lead < 0x80           ? 0
                : (lead >> 5) == 0x6  ? 1
                : (lead >> 4) == 0xE  ? 2
                : (lead >> 3) == 0x1E ? 3
                                      : -1;
    if (extra < 0 || i + static_cast<size_t>(extra) >= text.size() + (extra == 0 ? 1 : 0)) {
        ++i;
        return extra == 0 ? lead : U'\uFFFD';
    }
    char32_t cp = extra == 0 ? lead : lead & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        const unsigned char b = byte(i + static_cast<size_t>(k));
        if ((b & 0xC0) != 0x80) {
            i += static_cast<size_t>(k);
            return U'\uFFFD';
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += static_cast<size_t>(extra) + 1;
    return cp;
}

namespace {

bool right_to_left(char32_t cp) {
    return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) ||
           (cp >= 0xFE70 && cp <= 0xFEFF);
}

// Code points that belong to the character before them (Unicode's Extend and ZWJ, the ones
// text on slides holds): variation selectors, the zero-width joiner, emoji skin tones and tag
// characters (subdivision flags), combining diacritics and the keycap.
bool extends_cluster(char32_t cp) {
    return cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
           (cp >= 0xE0020 && cp <= 0xE007F) || (cp >= 0x0300 && cp <= 0x036F) ||
           (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
           (cp >= 0x20D0 && cp <= 0x20FF);
}

// Code points shown as emoji by default (Unicode's Emoji_Presentation, the blocks of it):
// pictographs, emoticons, transport, supplemental symbols, flags' regional letters.
bool emoji_presentation(char32_t cp) {
    return (cp >= 0x1F1E6 && cp <= 0x1F1FF) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
           (cp >= 0x1F680 && cp <= 0x1F6FF) || (cp >= 0x1F900 && cp <= 0x1F9FF) ||
           (cp >= 0x1FA70 && cp <= 0x1FAFF);
}

// ASCII spaces, digits and punctuation: they take the direction and font of the text around.
bool neutral(char32_t cp) {
    return cp < 0x80 && !(cp >= 'A' && cp <= 'Z') && !(cp >= 'a' && cp <= 'z');
}

// Whether the next letter after `i` (skipping ASCII spaces, digits and punctuation) is right to
// left: only then does a neutral character sit inside a right-to-left run.
bool right_to_left_follows(const std::string& text, size_t i) {
    while (i < text.size()) {
        const char32_t cp = next_codepoint(text, i);
        if (!neutral(cp)) return right_to_left(cp);
    }
    return false;
}

// A font given by name rather than by file: fontconfig's best match for it.
std::string match_name(FcConfig* config, const std::string& name, bool bold) {
    FcPattern* pattern = FcNameParse(reinterpret_cast<const FcChar8*>(name.c_str()));
    if (!pattern) return {};
    if (bold) FcPatternAddInteger(pattern, FC_WEIGHT, FC_WEIGHT_BOLD);
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result;
    FcPattern* match = FcFontMatch(config, pattern, &result);
    std::string file;
    FcChar8* path = nullptr;
    if (match && FcPatternGetString(match, FC_FILE, 0, &path) == FcResultMatch)
        file = reinterpret_cast<const char*>(path);
    if (match) FcPatternDestroy(match);
    FcPatternDestroy(pattern);
    return file;
}

}  // namespace

// Fontconfig's configuration takes tens of milliseconds to load: only a named font or a glyph
// the bundled fonts lack needs it, so the first slide does not wait for it.
FcConfig* FontSet::config() {
    if (!config_loaded_) {
        config_ = FcInitLoadConfigAndFonts();
        config_loaded_ = true;
    }
    return config_;
}

FontSet::FontSet(const std::string& font) : problem_(font_problem(font)) {
    for (bool bold : {false, true}) {
        const auto b = static_cast<size_t>(bold);
        // A font that cannot be opened is left out rather than failing the first text drawn:
        // a font problem must never stop a talk.
        if (!font.empty() && problem_.empty()) {
            std::error_code error;
            const std::string file = std::filesystem::is_regular_file(font, error) ? font
                                     : config() ? match_name(config(), font, bold)
                                                : "";
            if (!file.empty()) faces_[b].push_back({file, 0});
        }
        // The bundled font always follows (for Latin, Greek, Cyrillic the deck's font lacks).
        faces_[b].push_back({font_path(bold).string(), 0});
    }
}

FontSet::~FontSet() {
    open_.clear();
    if (config_) FcConfigDestroy(config_);
}

TTF_Font* FontSet::get(int face, bool bold, int pixel_size) {
    const auto key = std::make_tuple(face, bold, pixel_size);
    auto found = open_.find(key);
    if (found != open_.end()) return found->second.get();
    const Face& f = faces_[static_cast<size_t>(bold)][static_cast<size_t>(face)];
    FontPtr opened(TTF_OpenFontIndex(f.file.c_str(), pixel_size, f.index));
    if (!opened) throw SdlError("cannot open font " + f.file);
    return open_.emplace(key, std::move(opened)).first->second.get();
}

bool FontSet::has_glyph(int face, bool bold, char32_t codepoint) {
    // Coverage does not depend on size: ask a small instance.
    return TTF_GlyphIsProvided32(get(face, bold, 16), codepoint) != 0;
}

bool FontSet::primary_has(char32_t codepoint, bool bold) {
    return has_glyph(0, bold, codepoint);
}

int FontSet::face_for(char32_t codepoint, bool bold) {
    auto& chosen = chosen_[static_cast<size_t>(bold)];
    if (auto found = chosen.find(codepoint); found != chosen.end()) return found->second;
    int face = -1;
    const int count = static_cast<int>(faces_[static_cast<size_t>(bold)].size());
    for (int k = 0; k < count && face < 0; ++k)
        if (has_glyph(k, bold, codepoint)) face = k;
    if (face < 0) face = find_fallback(codepoint, bold);
    if (face < 0) face = 0;  // the missing-glyph box
    chosen.emplace(codepoint, face);
    return face;
}

int FontSet::find_fallback(char32_t codepoint, bool bold) {
    if (!config()) return -1;
    FcPattern* pattern = FcPatternCreate();
    FcCharSet* wanted = FcCharSetCreate();
    FcCharSetAddChar(wanted, codepoint);
    FcPatternAddCharSet(pattern, FC_CHARSET, wanted);
    FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcConfigSubstitute(config_, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result;
    FcFontSet* sorted = FcFontSort(config_, pattern, FcFalse, nullptr, &result);
    int face = -1;
    for (int i = 0; sorted && i < sorted->nfont && face < 0; ++i) {
        FcCharSet* has = nullptr;
        FcChar8* file = nullptr;
        int index = 0;
        if (FcPatternGetCharSet(sorted->fonts[i], FC_CHARSET, 0, &has) != FcResultMatch ||
            !FcCharSetHasChar(has, codepoint) ||
            FcPatternGetString(sorted->fonts[i], FC_FILE, 0, &file) != FcResultMatch)
            continue;
        FcPatternGetInteger(sorted->fonts[i], FC_INDEX, 0, &index);
        auto& faces = faces_[static_cast<size_t>(bold)];
        const std::string path = reinterpret_cast<const char*>(file);
        for (size_t k = 0; k < faces.size(); ++k)
            if (faces[k].file == path && faces[k].index == index) face = static_cast<int>(k);
        if (face < 0) {
            faces.push_back({path, index});
            face = static_cast<int>(faces.size()) - 1;
            if (!has_glyph(face, bold, codepoint)) {  // fontconfig and FreeType disagree
                open_.erase(std::make_tuple(face, bold, 16));
                faces.pop_back();
                face = -1;
            }
        }
    }
    if (sorted) FcFontSetDestroy(sorted);
    FcCharSetDestroy(wanted);
    FcPatternDestroy(pattern);
    return face;
}

std::vector<TextRun> FontSet::runs(const std::string& text, bool bold) {
    std::vector<TextRun> out;
    const int emoji = emoji_face(bold);
    size_t i = 0;
    bool joined_next = false;  // the previous code point was a zero-width joiner
    while (i < text.size()) {
        const size_t start = i;
        const char32_t cp = next_codepoint(text, i);
        // One grapheme cluster, one run: a joiner, a variation selector, a skin tone or a
        // combining mark stays with what it modifies, and what follows a joiner too (👩‍💻 is
        // shaped as one glyph only when the emoji font gets the whole sequence).
        if (!out.empty() && (extends_cluster(cp) || joined_next)) {
            out.back().text.append(text, start, i - start);
            joined_next = cp == 0x200D;
            continue;
        }
        joined_next = false;
        int face = face_for(cp, bold);
        // Emoji are drawn in colour even where a text font has a black-and-white one (DejaVu
        // has 😀), and U+FE0F after a character asks for its picture (❤️, not the text ❤).
        size_t after = i;
        if (emoji >= 0 && face != emoji &&
            (emoji_presentation(cp) ||
             (after < text.size() && next_codepoint(text, after) == 0xFE0F)) &&
            has_glyph(emoji, bold, cp))
            face = emoji;
        // Spaces, digits and punctuation join the run they are in (one font for a line of
        // Korean with its spaces), unless the run's font lacks them, the run is colour emoji
        // (whose space is a picture-wide gap), or the run is right to left and no right-to-left
        // text follows (in a left-to-right line, "!" after Arabic goes on its right).
        const bool rtl = right_to_left(cp);
        if (!out.empty()) {
            const TextRun& run = out.back();
            const bool neutral_joins = neutral(cp) && run.face != emoji &&
                                       has_glyph(run.face, bold, cp) &&
                                       (!run.rtl || right_to_left_follows(text, i));
            if ((face == run.face && rtl == run.rtl) || neutral_joins) {
                out.back().text.append(text, start, i - start);
                continue;
            }
        }
        out.push_back({text.substr(start, i - start), face, rtl});
    }
    return out;
}

int FontSet::emoji_face(bool bold) {
    auto& known = emoji_face_[static_cast<size_t>(bold)];
    if (known == kUnknownFace) {
        // 🥺 (Unicode 11): no text font we bundle has it, an emoji font does. A colour font is
        // one bitmap size, far taller than the size asked for.
        const int face = face_for(U'\U0001F97A', bold);
        known = face > 0 && has_glyph(face, bold, U'\U0001F97A') &&
                        TTF_FontHeight(get(face, bold, 16)) > 32
                    ? face
                    : -1;
    }
    return known;
}

std::vector<std::string> FontSet::files(bool bold) const {
    std::vector<std::string> out;
    for (const auto& face : faces_[static_cast<size_t>(bold)]) out.push_back(face.file);
    return out;
}

}  // namespace lightning
