#include "shell/decode/slide_loader.hpp"

#include <algorithm>

namespace lightning {

namespace {
bool contains(const std::vector<int>& list, int value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}
}  // namespace

SlideLoader::SlideLoader(const Deck& deck, Decoder decoder, Notify notify, int workers)
    : SlideLoader(
          deck,
          AbandonableDecoder([decoder = std::move(decoder)](
                                 int slide, const std::filesystem::path& file, int w, int h,
                                 const std::atomic<bool>&) { return decoder(slide, file, w, h); }),
          std::move(notify), workers) {}

SlideLoader::SlideLoader(const Deck& deck, AbandonableDecoder decoder, Notify notify, int workers)
    : deck_(deck), decoder_(std::move(decoder)), notify_(std::move(notify)) {
    for (int i = 0; i < std::max(1, workers); ++i) workers_.emplace_back([this] { run(); });
}

SlideLoader::~SlideLoader() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        for (auto& running : running_) *running.abandoned = true;  // stop as soon as they can
    }
    wake_worker_.notify_all();
    for (auto& worker : workers_) worker.join();
}

void SlideLoader::set_box(int box_w, int box_h) {
    {
        std::lock_guard lock(mutex_);
        if (box_w == box_w_ && box_h == box_h_) return;
        box_w_ = box_w;
        box_h_ = box_h;
    }
    restart();
}

void SlideLoader::restart() {
    std::lock_guard lock(mutex_);
    ++generation_;
    queue_.clear();
    known_.clear();
    for (auto& running : running_) *running.abandoned = true;
    running_.clear();
    done_.clear();
}

int SlideLoader::generation() const {
    std::lock_guard lock(mutex_);
    return generation_;
}

int SlideLoader::in_flight() const {
    std::lock_guard lock(mutex_);
    return static_cast<int>(running_.size());
}

void SlideLoader::forget_locked(int slide) {
    auto found = std::find(known_.begin(), known_.end(), slide);
    if (found != known_.end()) known_.erase(found);
}

void SlideLoader::want(const std::vector<int>& slides) {
    const int count = static_cast<int>(deck_.slides.size());
    {
        std::lock_guard lock(mutex_);
        // Drop queued requests nobody wants any more (the talk moved on).
        for (auto it = queue_.begin(); it != queue_.end();) {
            if (!contains(slides, *it)) {
                forget_locked(*it);
                it = queue_.erase(it);
            } else {
                ++it;
            }
        }
        // A decode still running for a slide whose slot has passed: stop waiting for it, so a
        // worker is free again as soon as the decoder notices (and the slide may be asked for
        // again later, e.g. when the speaker goes back).
        for (auto it = running_.begin(); it != running_.end();) {
            if (!contains(slides, it->slide)) {
                *it->abandoned = true;
                forget_locked(it->slide);
                it = running_.erase(it);
            } else {
                ++it;
            }
        }
        for (int slide : slides) {
            if (slide < 0 || slide >= count || contains(known_, slide)) continue;
            known_.push_back(slide);
            queue_.push_back(slide);
        }
    }
    wake_worker_.notify_all();
}

void SlideLoader::forget(int slide) {
    std::lock_guard lock(mutex_);
    if (std::find(queue_.begin(), queue_.end(), slide) != queue_.end()) return;
    if (std::any_of(running_.begin(), running_.end(),
                    [&](const Running& r) { return r.slide == slide; }))
        return;
    forget_locked(slide);
}

std::vector<LoadedSlide> SlideLoader::take() {
    std::lock_guard lock(mutex_);
    std::vector<LoadedSlide> out;
    out.swap(done_);
    return out;
}

void SlideLoader::wait_for(int slide) {
    std::unique_lock lock(mutex_);
    result_ready_.wait(lock, [&] {
        return std::any_of(done_.begin(), done_.end(),
                           [&](const LoadedSlide& s) { return s.slide == slide; });
    });
}

void SlideLoader::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        wake_worker_.wait(lock, [&] { return stopping_ || (!queue_.empty() && box_w_ > 0); });
        if (stopping_) return;
        const int slide = queue_.front();
        queue_.pop_front();
        auto abandoned = std::make_shared<std::atomic<bool>>(false);
        running_.push_back(Running{slide, abandoned});
        const int generation = generation_;
        const int w = box_w_, h = box_h_;
        lock.unlock();
        LoadedSlide result{
            slide, generation,
            decoder_(slide, deck_.slides[static_cast<size_t>(slide)].path, w, h, *abandoned)};
        lock.lock();
        // Abandoned (the slot passed, or the screen changed size): the result is not wanted, and
        // want()/restart() already took it off the running list.
        if (*abandoned || generation != generation_) continue;
        running_.erase(std::find_if(running_.begin(), running_.end(),
                                    [&](const Running& r) { return r.abandoned == abandoned; }));
        done_.push_back(std::move(result));
        result_ready_.notify_all();
        if (notify_) {
            lock.unlock();
            notify_();
            lock.lock();
        }
    }
}

}  // namespace lightning
