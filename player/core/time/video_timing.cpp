#include "core/time/video_timing.hpp"

#include <stdexcept>
#include <string>

namespace lightning {

namespace {
constexpr long long kMicrosPerSecond = 1'000'000;
constexpr long long kMillisPerSecond = 1'000;

// round(ms x fps / 1000), halves up, in whole numbers.
long long frames_for(Millis length, int fps) {
    return (length.count() * fps + kMillisPerSecond / 2) / kMillisPerSecond;
}
}  // namespace

Micros VideoTiming::frame_time(long long i) const {
    return Micros{i * kMicrosPerSecond / fps};
}

long long VideoTiming::first_frame_at(Micros t) const {
    return (t.count() * fps + kMicrosPerSecond - 1) / kMicrosPerSecond;
}

Micros VideoTiming::length() const {
    return Micros{(frames() * kMicrosPerSecond + fps / 2) / fps};
}

VideoTiming video_timing(Millis total, int fps, Millis end_card) {
    if (fps < 1 || fps > 240)
        throw std::invalid_argument("--fps " + std::to_string(fps) +
                                    " is out of range: use a whole number from 1 to 240");
    VideoTiming timing;
    timing.fps = fps;
    timing.talk_frames = frames_for(total, fps);
    timing.tail_frames = end_card.count() > 0 ? frames_for(end_card, fps) : 0;
    if (timing.talk_frames < 1)
        throw std::invalid_argument("the talk is shorter than one frame at " + std::to_string(fps) +
                                    " fps");
    return timing;
}

}  // namespace lightning
