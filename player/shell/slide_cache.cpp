#include "slide_cache.hpp"

#include "slide_image.hpp"

namespace lightning {

SlideCache::SlideCache(SDL_Renderer* renderer, const Deck& deck)
    : renderer_(renderer), deck_(deck) {}

void SlideCache::set_output_size(int width, int height) {
    if (width == width_ && height == height_) return;
    width_ = width;
    height_ = height;
    slides_.clear();
}

void SlideCache::load(int slide) {
    if (slide < 0 || slide >= static_cast<int>(deck_.slides.size()) || slides_.count(slide)) return;
    DecodedSlide decoded = decode_slide(deck_.slides[slide].path, width_, height_);
    Entry entry;
    entry.problem = decoded.problem;
    if (decoded.pixels) {
        entry.texture.reset(SDL_CreateTextureFromSurface(renderer_, decoded.pixels.get()));
        if (!entry.texture) entry.problem = std::string("cannot upload the image: ") + SDL_GetError();
    }
    slides_.emplace(slide, std::move(entry));
}

SlideView SlideCache::view(int slide) const {
    SlideView out;
    if (slide < 0 || slide >= static_cast<int>(deck_.slides.size())) return out;
    out.number = slide + 1;
    out.file = deck_.slides[slide].file;
    if (auto found = slides_.find(slide); found != slides_.end()) {
        out.texture = found->second.texture.get();
        out.problem = found->second.problem;
    }
    return out;
}

void SlideCache::keep_only(int first, int last) {
    for (auto it = slides_.begin(); it != slides_.end();)
        it = (it->first < first || it->first > last) ? slides_.erase(it) : std::next(it);
}

}  // namespace lightning
