// The Painter's text: laid out by lay_out (wrap, shrink, ellipsis), drawn face by face with
// fallback fonts, and kept as textures by content, so text that did not change costs a copy.
#include <algorithm>

#include "shell/draw/painter.hpp"

namespace lightning {

namespace {
SDL_Color sdl(Rgba c) {
    return SDL_Color{c.r, c.g, c.b, c.a};
}
}  // namespace

const Painter::TextBlock& Painter::text_block(const std::string& text, const TextStyle& style,
                                              int width, int height) {
    std::string key = text;
    key += '\x1f';
    for (int v :
         {int(style.bold), style.size, style.min_size, style.align, style.max_lines, style.outline,
          style.skip, width, height, int(style.colour.r), int(style.colour.g), int(style.colour.b),
          int(style.colour.a), int(style.outline_colour.r), int(style.outline_colour.g),
          int(style.outline_colour.b)})
        key += std::to_string(v) + ',';
    if (auto found = cache_.find(key); found != cache_.end()) {
        found->second.used = ++use_count_;
        return found->second;
    }
    if (cache_.size() >= kCacheSize) {  // forget the least recently drawn
        auto oldest = std::min_element(
            cache_.begin(), cache_.end(),
            [](const auto& a, const auto& b) { return a.second.used < b.second.used; });
        cache_.erase(oldest);
    }
    TextBlock block;
    block.used = ++use_count_;
    TextFit fit;
    fit.bold = style.bold;
    fit.size = style.size;
    fit.min_size = style.min_size;
    fit.max_width = width > 0 ? width - 2 * style.outline : 0;
    fit.max_height = height;
    fit.max_lines = style.max_lines;
    fit.skip = style.skip;
    block.layout = lay_out(fonts_, text, fit);
    std::vector<SurfacePtr> lines;
    int widest = 0;
    for (const std::string& line : block.layout.lines) {
        lines.push_back(render_line(fonts_, line, style.bold, block.layout.size, sdl(style.colour),
                                    style.outline, sdl(style.outline_colour)));
        if (lines.back()) widest = std::max(widest, lines.back()->w);
    }
    const int line_h = block.layout.line_height + 2 * style.outline;
    block.w = width > 0 ? std::min(width, std::max(widest, 1)) : std::max(widest, 1);
    if (width > 0 && style.align == 1) block.w = width;
    block.h = std::max(1, line_h * static_cast<int>(lines.size()));
    if (widest == 0) return cache_.emplace(key, std::move(block)).first->second;
    SurfacePtr surface = make_rgba_surface(block.w, block.h);
    SDL_FillRect(surface.get(), nullptr, 0);
    int y = 0;
    for (auto& line : lines) {
        if (line) {
            SDL_SetSurfaceBlendMode(line.get(), SDL_BLENDMODE_NONE);
            const int w =
                std::min(line->w, block.w);  // a few pixels of kerning: squeeze, never spill
            const int x = style.align == 0 ? 0 : style.align == 1 ? (block.w - w) / 2 : block.w - w;
            SDL_Rect at{x, y, w, std::min(line->h, block.h - y)};
            if (w == line->w)
                SDL_BlitSurface(line.get(), nullptr, surface.get(), &at);
            else
                SDL_BlitScaled(line.get(), nullptr, surface.get(), &at);
        }
        y += line_h;
    }
    block.texture.reset(SDL_CreateTextureFromSurface(renderer_, surface.get()));
    if (block.texture) SDL_SetTextureBlendMode(block.texture.get(), SDL_BLENDMODE_BLEND);
    return cache_.emplace(key, std::move(block)).first->second;
}

TextLayout Painter::text_box(const std::string& text, const TextStyle& style, const SDL_Rect& box) {
    if (text.empty()) return {};
    const TextBlock& block = text_block(text, style, box.w, box.h);
    if (block.texture) {
        // The block is as wide as the box (centred) or as its text (left / right aligned).
        const int x = style.align == 2 && box.w > 0 ? box.x + box.w - block.w : box.x;
        const SDL_Rect where{x, box.y, block.w, box.h > 0 ? std::min(block.h, box.h) : block.h};
        const SDL_Rect src{0, 0, where.w, where.h};
        SDL_RenderCopy(renderer_, block.texture.get(), &src, &where);
    }
    TextLayout layout = block.layout;
    layout.line_height += 2 * style.outline;
    return layout;
}

int Painter::text_centered(const std::string& text, bool bold, int size, Rgba colour, int x, int y,
                           int max_width) {
    if (text.empty()) return 0;
    TextStyle style{bold, size, std::min(size, 8), colour};
    const TextLayout layout = text_box(text, style, {x - max_width / 2, y, max_width, 0});
    return layout.line_height * static_cast<int>(layout.lines.size());
}

int Painter::text_at(const std::string& text, bool bold, int size, Rgba colour, int x, int y,
                     int align, int max_width) {
    if (text.empty()) return 0;
    TextStyle style{bold, size, max_width > 0 ? std::min(size, 8) : 0, colour};
    style.align = align == 1 ? 2 : 0;
    const TextBlock& block = text_block(text, style, max_width, 0);
    if (!block.texture) return 0;
    const SDL_Rect where{align == 1 ? x - block.w : x, y, block.w, block.h};
    SDL_RenderCopy(renderer_, block.texture.get(), nullptr, &where);
    return block.w;
}

int Painter::text_width(const std::string& text, bool bold, int size) {
    return lightning::text_width(fonts_, text, bold, size);
}

int Painter::line_height(bool bold, int size) {
    return TTF_FontLineSkip(fonts_.get(0, bold, size));
}

}  // namespace lightning
