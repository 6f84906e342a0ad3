#pragma once
// Slide textures for one screen size, owned by the render thread. Pixels come either from the
// SlideLoader (play) or from a decode right here (render, export: they may wait).
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/deck/deck.hpp"
#include "shell/decode/slide_image.hpp"
#include "shell/decode/slide_source.hpp"
#include "shell/draw/painter.hpp"
#include "shell/platform/sdl_handles.hpp"

namespace lightning {

class SlideCache {
public:
    SlideCache(SDL_Renderer* renderer, const Deck& deck);

    // The renderer is about to go: its textures go now, the decoded pixels stay.
    void drop_textures();
    // Makes every resident slide's texture again on a new renderer (no decoding): only possible
    // when the decoded pixels are kept beside the textures (the default). A renderer whose
    // textures outlive everything but the cache itself needs no copy: keep_pixels(false).
    // Returns the slides it had to drop for want of pixels (to be decoded again).
    std::vector<int> rebind(SDL_Renderer* renderer);
    void keep_pixels(bool keep) { keep_pixels_ = keep; }

    // Slides are decoded to fit this size; changing it drops what was decoded for the old one.
    void set_output_size(int width, int height);
    // Decodes `slide` now, on this thread, if it is not ready (no-op when it is).
    void load(int slide);
    // Makes the texture for pixels decoded elsewhere.
    void store(int slide, DecodedSlide decoded);
    bool ready(int slide) const { return slides_.count(slide) > 0; }
    // What the painter needs for `slide`: its texture, or the reason it cannot be shown.
    SlideView view(int slide) const;
    // Forgets every slide outside [first, last], keeping memory bounded; returns those dropped.
    std::vector<int> keep_only(int first, int last);
    int resident() const { return static_cast<int>(slides_.size()); }
    // The decoded pixels of `slide`, shared (null when not decoded, failed, or not kept): the
    // phone server makes its thumbnail from them on its own thread, never decoding again. They
    // are never written after decoding, and live on while the server holds them.
    std::shared_ptr<const SDL_Surface> shared_pixels(int slide) const;

private:
    struct Entry {
        // Kept so a new renderer (window re-created) needs no decode; shared with the phone.
        std::shared_ptr<SDL_Surface> pixels;
        TexturePtr texture;
        std::string problem;
    };
    void upload(Entry& entry);
    SDL_Renderer* renderer_;
    const Deck& deck_;
    SlideSource source_;  // decodes on this thread for load()
    int width_ = 0, height_ = 0;
    bool keep_pixels_ = true;
    std::map<int, Entry> slides_;
};

}  // namespace lightning
