#include "shell/decode/slide_loader.hpp"

#include <algorithm>

namespace lightning {

SlideLoader::SlideLoader(const Deck& deck, Decoder decoder, Notify notify)
    : deck_(deck), decoder_(std::move(decoder)), notify_(std::move(notify)),
      worker_([this] { run(); }) {}

SlideLoader::~SlideLoader() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_worker_.notify_all();
    worker_.join();
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
    done_.clear();
}

int SlideLoader::generation() const {
    std::lock_guard lock(mutex_);
    return generation_;
}

void SlideLoader::want(const std::vector<int>& slides) {
    const int count = static_cast<int>(deck_.slides.size());
    {
        std::lock_guard lock(mutex_);
        // Drop queued requests nobody wants any more (the talk moved on).
        for (auto it = queue_.begin(); it != queue_.end();) {
            if (std::find(slides.begin(), slides.end(), *it) == slides.end()) {
                known_.erase(std::find(known_.begin(), known_.end(), *it));
                it = queue_.erase(it);
            } else {
                ++it;
            }
        }
        for (int slide : slides) {
            if (slide < 0 || slide >= count) continue;
            if (std::find(known_.begin(), known_.end(), slide) != known_.end()) continue;
            known_.push_back(slide);
            queue_.push_back(slide);
        }
    }
    wake_worker_.notify_one();
}

void SlideLoader::forget(int slide) {
    std::lock_guard lock(mutex_);
    if (std::find(queue_.begin(), queue_.end(), slide) != queue_.end()) return;
    auto found = std::find(known_.begin(), known_.end(), slide);
    if (found != known_.end()) known_.erase(found);
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
        const int generation = generation_;
        const int w = box_w_, h = box_h_;
        lock.unlock();
        LoadedSlide result{slide, generation, decoder_(slide, deck_.slides[slide].path, w, h)};
        lock.lock();
        if (generation != generation_) continue;  // the screen changed size meanwhile
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
