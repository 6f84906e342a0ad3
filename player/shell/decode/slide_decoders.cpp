#include "shell/decode/slide_decoders.hpp"

#include <cstdio>
#include <memory>
#include <mutex>
#include <vector>

#include "core/time/clock.hpp"
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

// SlideSources for the loader's workers: a PDF document must not be used by two threads at
// once, so each decode borrows a source nobody else is using (at most one per worker exists).
class SourcePool {
public:
    SourcePool(const Deck& deck, PreparedSlides* prepared) : deck_(deck), prepared_(prepared) {}
    std::unique_ptr<SlideSource> borrow() {
        std::lock_guard lock(mutex_);
        // A show keeps only slides slow to decode, written beside it, never in its way.
        if (free_.empty())
            return std::make_unique<SlideSource>(deck_, prepared_,
                                                 KeepRule{std::chrono::milliseconds(20), true});
        auto source = std::move(free_.back());
        free_.pop_back();
        return source;
    }
    void give_back(std::unique_ptr<SlideSource> source) {
        std::lock_guard lock(mutex_);
        free_.push_back(std::move(source));
    }

private:
    const Deck& deck_;
    PreparedSlides* prepared_;
    std::mutex mutex_;
    std::vector<std::unique_ptr<SlideSource>> free_;
};

}  // namespace

SlideLoader::AbandonableDecoder make_decoder(const Deck& deck, PreparedSlides* prepared) {
    const auto [slow_slide, delay_ms] = slow_slide_from_env();
    auto pool = std::make_shared<SourcePool>(deck, prepared);
    return [pool, slow_slide, delay_ms](int slide, const std::filesystem::path&, int w, int h,
                                        const std::atomic<bool>& abandoned) {
        if (slide == slow_slide) {  // a slow disk that gives up when the slide is no longer wanted
            const SteadyClock clock;
            const Micros until = clock.now() + Micros{static_cast<long long>(delay_ms) * 1000};
            while (!abandoned && clock.now() < until) SDL_Delay(5);
            if (abandoned) return DecodedSlide{};
        }
        auto source = pool->borrow();
        DecodedSlide decoded = source->decode(slide, w, h, &abandoned);
        pool->give_back(std::move(source));
        return decoded;
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
