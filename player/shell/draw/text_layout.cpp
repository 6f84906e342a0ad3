#include "shell/draw/text_layout.hpp"

#include <algorithm>
#include <cstdint>

namespace lightning {

namespace {

// Chinese and Japanese lines may break between any two characters (Korean breaks at spaces).
bool breaks_anywhere(char32_t cp) {
    return (cp >= 0x2E80 && cp <= 0x2FFF) || (cp >= 0x3000 && cp <= 0x30FF) ||
           (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
           (cp >= 0x20000 && cp <= 0x3FFFF);
}

// Marks that close a phrase: they stay with the character before them.
bool closing_mark(char32_t cp) {
    return cp == 0x3001 || cp == 0x3002 || cp == 0xFF0C || cp == 0xFF0E || cp == 0xFF01 ||
           cp == 0xFF1F || cp == 0x300D || cp == 0x300F || cp == 0xFF09 || cp == 0x3009 ||
           cp == 0x300B || cp == 0x30FC;
}

// A bitmap-only face (colour emoji) comes at its one strike size: drawn scaled to the line.
double bitmap_scale(TTF_Font* font, int size) {
    const int height = TTF_FontHeight(font);
    return height > size * 2 ? size * 1.17 / height : 1.0;
}

// Emoji and symbols with what modifies them (joiners, selectors, skin tones), and spaces: a
// token that says nothing in words.
bool only_pictographs(const std::string& token) {
    bool any = false;
    size_t i = 0;
    while (i < token.size()) {
        const char32_t cp = next_codepoint(token, i);
        if (cp == ' ' || cp == '\t') continue;
        const bool picture = (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
                             cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) ||
                             (cp >= 0xE0020 && cp <= 0xE007F);
        if (!picture) return false;
        any = true;
    }
    return any;
}

// Pieces a line may break between: words with their following space, or single CJK characters.
std::vector<std::string> tokens_of(const std::string& paragraph) {
    std::vector<std::string> tokens;
    std::string word;
    size_t i = 0;
    while (i < paragraph.size()) {
        const size_t start = i;
        const char32_t cp = next_codepoint(paragraph, i);
        if (closing_mark(cp) && word.empty() && !tokens.empty()) {
            tokens.back().append(paragraph, start, i - start);  // "。" never starts a line
        } else if (breaks_anywhere(cp)) {
            if (!word.empty()) tokens.push_back(std::move(word)), word.clear();
            tokens.push_back(paragraph.substr(start, i - start));
        } else {
            word.append(paragraph, start, i - start);
            if (cp == ' ' || cp == '\t') tokens.push_back(std::move(word)), word.clear();
        }
    }
    if (!word.empty()) tokens.push_back(std::move(word));
    // A closing emoji ("Thank you 🎉") is never wrapped onto a line of its own: it goes with
    // the word before it.
    if (tokens.size() >= 2 && only_pictographs(tokens.back())) {
        tokens[tokens.size() - 2] += tokens.back();
        tokens.pop_back();
    }
    return tokens;
}

std::string trim_end(std::string line) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
    return line;
}

// Drops the last UTF-8 character.
void pop_codepoint(std::string& text) {
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80)
        text.pop_back();
    if (!text.empty()) text.pop_back();
}

// Greedy wrapping until `limit` lines (0: all). Returns whether text was left over. The line
// numbered `filled` (the last one shown when the text is cut) is filled to its edge, a word cut
// between characters, so its ellipsis comes after as much text as fits ("3. WWWW…", not "3. …").
bool wrap(FontSet& fonts, const std::string& text, bool bold, int size, int max_width, size_t limit,
          size_t filled, std::vector<std::string>& lines) {
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = std::min(text.find('\n', start), text.size());
        const std::string paragraph = text.substr(start, end - start);
        std::string line;
        int width = 0;
        auto push = [&] {
            lines.push_back(trim_end(line));
            line.clear();
            width = 0;
            return limit && lines.size() >= limit;
        };
        for (const std::string& token : tokens_of(paragraph)) {
            const int w = text_width(fonts, trim_end(token), bold, size);
            const int with_space = text_width(fonts, token, bold, size);
            if (max_width <= 0 || width + w <= max_width) {
                line += token;
                width += with_space;
                continue;
            }
            const bool fill = lines.size() == filled;
            if (!fill && !line.empty() && push()) return true;
            if (!fill && w <= max_width) {
                line = token;
                width = with_space;
                continue;
            }
            // A word wider than the line: cut it between characters.
            size_t i = 0;
            while (i < token.size()) {
                const size_t from = i;
                next_codepoint(token, i);
                const std::string piece = token.substr(from, i - from);
                const int pw = text_width(fonts, piece, bold, size);
                if (width + pw > max_width && !line.empty() && push()) return true;
                line += piece;
                width += pw;
            }
        }
        if (push() && end < text.size()) return true;
        start = end + 1;
    }
    return false;
}

}  // namespace

int text_width(FontSet& fonts, const std::string& line, bool bold, int size) {
    int total = 0;
    for (const TextRun& run : fonts.runs(line, bold)) {
        TTF_Font* font = fonts.get(run.face, bold, size);
        int w = 0, h = 0;
        if (TTF_SizeUTF8(font, run.text.c_str(), &w, &h) == 0)
            total += static_cast<int>(w * bitmap_scale(font, size));
    }
    return total;
}

int line_height(FontSet& fonts, const std::string& text, bool bold, int size) {
    int height = TTF_FontLineSkip(fonts.get(0, bold, size));
    // The first few KB tell which faces a text uses; more would cost without changing it.
    for (const TextRun& run : fonts.runs(text.substr(0, 4096), bold)) {
        TTF_Font* font = fonts.get(run.face, bold, size);
        height =
            std::max(height, static_cast<int>(TTF_FontLineSkip(font) * bitmap_scale(font, size)));
    }
    return height;
}

TextLayout lay_out(FontSet& fonts, const std::string& text, const TextFit& fit) {
    TextLayout layout;
    const int floor = fit.min_size > 0 ? std::min(fit.min_size, fit.size) : fit.size;
    for (int size = std::max(4, fit.size);; size = std::max(floor, size * 9 / 10)) {
        layout = TextLayout{};
        layout.size = size;
        layout.line_height = std::max(1, line_height(fonts, text, fit.bold, size));
        int visible = fit.max_lines > 0 ? fit.max_lines : 1 << 20;
        if (fit.max_height > 0)
            visible = std::min(visible, std::max(1, fit.max_height / layout.line_height));
        layout.fit_lines = visible;
        std::vector<std::string> lines;
        const size_t limit = static_cast<size_t>(fit.skip) + static_cast<size_t>(visible);
        // A box of a set number of lines (a title, a running-order row) ends its last line at
        // the edge; scrolled notes keep word wrapping, so a line does not change as it scrolls.
        const size_t filled = fit.max_lines > 0 && fit.skip == 0 ? limit - 1 : SIZE_MAX;
        layout.cut = wrap(fonts, text, fit.bold, size, fit.max_width, limit + 1, filled, lines) ||
                     lines.size() > limit;
        if (lines.size() > limit) lines.resize(limit);
        layout.skipped = std::min(fit.skip, std::max(0, static_cast<int>(lines.size()) - visible));
        layout.lines.assign(lines.begin() + layout.skipped, lines.end());
        if (!layout.cut || size <= floor) break;
    }
    // Cut for good (not scrolling): the last line ends in "…" inside the width.
    if (layout.cut && fit.skip == 0 && !layout.lines.empty()) {
        std::string& last = layout.lines.back();
        const std::string ellipsis = "\xE2\x80\xA6";
        while (!last.empty() && fit.max_width > 0 &&
               text_width(fonts, last + ellipsis, fit.bold, layout.size) > fit.max_width)
            pop_codepoint(last);
        last = trim_end(last) + ellipsis;
    }
    return layout;
}

SurfacePtr render_line(FontSet& fonts, const std::string& line, bool bold, int size,
                       SDL_Color colour, int outline, SDL_Color outline_colour) {
    struct Piece {
        SurfacePtr surface;
        int ascent;
    };
    std::vector<Piece> pieces;
    int ascent = 0, below = 0, width = 0;
    for (const TextRun& run : fonts.runs(line, bold)) {
        TTF_Font* font = fonts.get(run.face, bold, size);
        if (run.rtl) {
            TTF_SetFontDirection(font, TTF_DIRECTION_RTL);
            TTF_SetFontScriptName(font, run.text[0] == '\xD7' ? "Hebr" : "Arab");
        }
        SurfacePtr fill(TTF_RenderUTF8_Blended(font, run.text.c_str(), colour));
        if (fill && outline > 0) {
            TTF_SetFontOutline(font, outline);
            SurfacePtr ring(TTF_RenderUTF8_Blended(font, run.text.c_str(), outline_colour));
            TTF_SetFontOutline(font, 0);
            if (ring) {
                SDL_Rect at{outline, outline, fill->w, fill->h};
                SDL_SetSurfaceBlendMode(fill.get(), SDL_BLENDMODE_BLEND);
                SDL_BlitSurface(fill.get(), nullptr, ring.get(), &at);
                fill = std::move(ring);
            }
        }
        if (run.rtl) {
            TTF_SetFontDirection(font, TTF_DIRECTION_LTR);
            TTF_SetFontScriptName(font, "Zzzz");
        }
        if (!fill) continue;  // a glyph problem must not stop the talk
        int run_ascent = TTF_FontAscent(font) + outline;
        const double scale = bitmap_scale(font, size);
        if (scale < 1.0) {  // colour emoji: its one bitmap size, scaled to the line
            SurfacePtr scaled = make_rgba_surface(std::max(1, static_cast<int>(fill->w * scale)),
                                                  std::max(1, static_cast<int>(fill->h * scale)));
            SDL_SetSurfaceBlendMode(fill.get(), SDL_BLENDMODE_NONE);
            SDL_BlitScaled(fill.get(), nullptr, scaled.get(), nullptr);
            fill = std::move(scaled);
            run_ascent = static_cast<int>(run_ascent * scale);
        }
        ascent = std::max(ascent, run_ascent);
        below = std::max(below, fill->h - run_ascent);
        width += fill->w;
        pieces.push_back({std::move(fill), run_ascent});
    }
    if (pieces.empty()) return nullptr;
    SurfacePtr out = make_rgba_surface(std::max(1, width), std::max(1, ascent + below));
    SDL_FillRect(out.get(), nullptr, 0);
    int x = 0;
    for (auto& piece : pieces) {
        SDL_SetSurfaceBlendMode(piece.surface.get(), SDL_BLENDMODE_NONE);  // runs never overlap
        SDL_Rect at{x, ascent - piece.ascent, piece.surface->w, piece.surface->h};
        SDL_BlitSurface(piece.surface.get(), nullptr, out.get(), &at);
        x += piece.surface->w;
    }
    return out;
}

}  // namespace lightning
