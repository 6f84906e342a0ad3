#pragma once
// Decodes slides on a worker thread so that the render thread never waits for a decode.
// Requests are served one at a time in the order they were made, and results come back in that
// same order. Only surfaces cross threads; textures are made by the render thread (SlideCache).
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "core/deck/deck.hpp"
#include "shell/decode/slide_image.hpp"

namespace lightning {

struct LoadedSlide {
    int slide = -1;
    int generation = 0;   // the output size it was decoded for (see set_box)
    DecodedSlide decoded;
};

class SlideLoader {
public:
    // How one slide becomes pixels; tests inject slow or counting decoders.
    using Decoder = std::function<DecodedSlide(int slide, const std::filesystem::path&, int w, int h)>;
    // Called on the worker thread after each result is queued (play pushes an SDL event to wake
    // its loop); may be empty.
    using Notify = std::function<void()>;

    SlideLoader(const Deck& deck, Decoder decoder, Notify notify = {});
    ~SlideLoader();
    SlideLoader(const SlideLoader&) = delete;
    SlideLoader& operator=(const SlideLoader&) = delete;

    // Slides are decoded to fit box_w x box_h; a new box drops pending work for the old one.
    void set_box(int box_w, int box_h);
    // Drops everything queued or decoded (the textures they were for are gone).
    void restart();
    // The slides that should be resident, most urgent first. Queues those not already decoded,
    // queued or in flight (for this box), and drops queued requests no longer wanted.
    void want(const std::vector<int>& slides);
    // Tells the loader a slide's result was dropped by the cache, so it may be requested again.
    void forget(int slide);
    // Finished results, oldest first (non-blocking).
    std::vector<LoadedSlide> take();
    // Blocks until `slide` has a result queued (it must have been wanted); for start-up only.
    void wait_for(int slide);
    int generation() const;

private:
    void run();

    const Deck& deck_;
    Decoder decoder_;
    Notify notify_;
    mutable std::mutex mutex_;
    std::condition_variable wake_worker_;
    std::condition_variable result_ready_;
    std::deque<int> queue_;
    std::vector<int> known_;        // queued, in flight, or decoded for this generation
    std::vector<LoadedSlide> done_;
    int box_w_ = 0, box_h_ = 0, generation_ = 0;
    bool stopping_ = false;
    std::thread worker_;            // last: starts after everything above exists
};

}  // namespace lightning
