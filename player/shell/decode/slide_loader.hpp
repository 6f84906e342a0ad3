#pragma once
// Decodes slides on worker threads (two by default: both cores of a small laptop) so that the
// render thread never waits for a decode, and one slow slide occupies one worker only: the
// next slide is decoded beside it and is on time. Work starts in the order of urgency given to
// want(); results come back as they finish (the window asks ready(k) per slide). Only surfaces
// cross threads; textures are made by the render thread (SlideCache).
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "core/deck/deck.hpp"
#include "shell/decode/slide_image.hpp"

namespace lightning {

struct LoadedSlide {
    int slide = -1;
    int generation = 0;  // the output size it was decoded for (see set_box)
    DecodedSlide decoded;
};

class SlideLoader {
public:
    // How one slide becomes pixels; tests inject slow or counting decoders.
    using Decoder =
        std::function<DecodedSlide(int slide, const std::filesystem::path&, int w, int h)>;
    // The same, told when its slide is no longer wanted (its slot has passed): it may stop early
    // and return anything, because that result is thrown away.
    using AbandonableDecoder = std::function<DecodedSlide(
        int slide, const std::filesystem::path&, int w, int h, const std::atomic<bool>& abandoned)>;
    // Called on a worker thread after each result is queued (play pushes an SDL event to wake
    // its loop); may be empty.
    using Notify = std::function<void()>;
    static constexpr int kWorkers = 2;

    SlideLoader(const Deck& deck, Decoder decoder, Notify notify = {}, int workers = kWorkers);
    SlideLoader(const Deck& deck, AbandonableDecoder decoder, Notify notify = {},
                int workers = kWorkers);
    ~SlideLoader();
    SlideLoader(const SlideLoader&) = delete;
    SlideLoader& operator=(const SlideLoader&) = delete;

    // Slides are decoded to fit box_w x box_h; a new box drops pending work for the old one.
    void set_box(int box_w, int box_h);
    // Drops everything queued or decoded (the textures they were for are gone).
    void restart();
    // The slides that should be resident, most urgent first. Queues those not already decoded,
    // queued or in flight (for this box), drops queued requests no longer wanted and abandons
    // decodes in flight for slides no longer wanted (their results are never delivered).
    void want(const std::vector<int>& slides);
    // Tells the loader a slide's result was dropped by the cache, so it may be requested again.
    void forget(int slide);
    // Finished results, in the order they finished (non-blocking).
    std::vector<LoadedSlide> take();
    // Blocks until `slide` has a result queued (it must have been wanted); for start-up only.
    void wait_for(int slide);
    int generation() const;
    // Decodes running now (at most the number of workers); for tests.
    int in_flight() const;

private:
    struct Running {
        int slide;
        std::shared_ptr<std::atomic<bool>> abandoned;
    };
    void run();
    void forget_locked(int slide);

    const Deck& deck_;
    AbandonableDecoder decoder_;
    Notify notify_;
    mutable std::mutex mutex_;
    std::condition_variable wake_worker_;
    std::condition_variable result_ready_;
    std::deque<int> queue_;
    std::vector<int> known_;        // queued, in flight, or decoded for this generation
    std::vector<Running> running_;  // in flight for this generation
    std::vector<LoadedSlide> done_;
    int box_w_ = 0, box_h_ = 0, generation_ = 0;
    bool stopping_ = false;
    std::vector<std::thread> workers_;  // last: they start after everything above exists
};

}  // namespace lightning
