#include "shell/decode/slide_decoders.hpp"

#include <cstdio>
#include <memory>

#include "shell/decode/slide_source.hpp"

namespace lightning {

namespace {

// How long each decode of slide k (1-based) is held up, from LIGHTNING_SLOW_SLIDE="k:ms": a test
// seam that stands in for a slow disk, so tests can show that the clock never waits for pixels.
std::pair<int, int> slow_slide_from_env() {
    const char* text = SDL_getenv("LIGHTNING_SLOW_SLIDE");
    int slide = 0, delay_ms = 0;
    if (text && std::sscanf(text, "%d:%d", &slide, &delay_ms) == 2) return {slide - 1, delay_ms};
    return {-1, 0};
}

}  // namespace

SlideLoader::Decoder make_decoder(const Deck& deck) {
    const auto [slow_slide, delay_ms] = slow_slide_from_env();
    // The source lives inside the decoder, so only the loader's worker thread ever uses it.
    auto source = std::make_shared<SlideSource>(deck);
    return [source, slow_slide, delay_ms](int slide, const std::filesystem::path&, int w, int h) {
        if (slide == slow_slide) SDL_Delay(static_cast<Uint32>(delay_ms));
        return source->decode(slide, w, h);
    };
}

SlideLoader::Notify loop_waker(Uint32 loaded_event) {
    // Runs on a loader's thread: wakes the loop's SDL_WaitEventTimeout (SDL_PushEvent is
    // thread-safe).
    return [loaded_event] {
        SDL_Event event{};
        event.type = loaded_event;
        SDL_PushEvent(&event);
    };
}

}  // namespace lightning
