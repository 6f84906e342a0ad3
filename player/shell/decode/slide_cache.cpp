#include "shell/decode/slide_cache.hpp"

#include "core/log/byte_text.hpp"

namespace lightning {

SlideCache::SlideCache(SDL_Renderer* renderer, const Deck& deck)
    : renderer_(renderer), deck_(deck), source_(deck) {}

void SlideCache::set_output_size(int width, int height) {
    if (width == width_ && height == height_) return;
    width_ = width;
    height_ = height;
    slides_.clear();
}

void SlideCache::load(int slide) {
    if (slide < 0 || slide >= static_cast<int>(deck_.slides.size()) || ready(slide)) return;
    store(slide, source_.decode(slide, width_, height_));
}

void SlideCache::upload(Entry& entry) {
    if (!entry.pixels) return;
    entry.texture.reset(SDL_CreateTextureFromSurface(renderer_, entry.pixels.get()));
    if (!entry.texture) entry.problem = std::string("cannot upload the image: ") + SDL_GetError();
}

void SlideCache::store(int slide, DecodedSlide decoded) {
    Entry entry;
    entry.problem = decoded.problem;
    entry.pixels = std::move(decoded.pixels);
    upload(entry);
    if (!keep_pixels_ && entry.texture) entry.pixels.reset();
    slides_.insert_or_assign(slide, std::move(entry));
}

void SlideCache::drop_textures() {
    for (auto& [slide, entry] : slides_) entry.texture.reset();
}

std::vector<int> SlideCache::rebind(SDL_Renderer* renderer) {
    renderer_ = renderer;
    std::vector<int> dropped;
    for (auto it = slides_.begin(); it != slides_.end();) {
        upload(it->second);
        if (it->second.texture || !it->second.problem.empty()) {
            ++it;
        } else {  // no pixels kept (keep_pixels(false)): decoded again when next wanted
            dropped.push_back(it->first);
            it = slides_.erase(it);
        }
    }
    return dropped;
}

std::shared_ptr<const SDL_Surface> SlideCache::shared_pixels(int slide) const {
    const auto found = slides_.find(slide);
    return found == slides_.end() ? nullptr : found->second.pixels;
}

SlideView SlideCache::view(int slide) const {
    SlideView out;
    if (slide < 0 || slide >= static_cast<int>(deck_.slides.size())) return out;
    out.number = slide + 1;
    out.file =
        readable_utf8(deck_.slides[static_cast<size_t>(slide)].file);  // the font needs UTF-8
    if (auto found = slides_.find(slide); found != slides_.end()) {
        out.texture = found->second.texture.get();
        out.problem = found->second.problem;
    }
    return out;
}

std::vector<int> SlideCache::keep_only(int first, int last) {
    std::vector<int> dropped;
    for (auto it = slides_.begin(); it != slides_.end();) {
        if (it->first < first || it->first > last) {
            dropped.push_back(it->first);
            it = slides_.erase(it);
        } else {
            ++it;
        }
    }
    return dropped;
}

}  // namespace lightning
