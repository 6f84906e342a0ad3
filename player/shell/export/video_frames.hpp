#pragma once
// The exported video's frames, drawn by the same Painter as play and render: frame i is exactly
// what `render --at i/fps` writes (before encoding). Work is only done when something changes:
// the core Screen of each instant is compared with the previous one, an unchanged frame costs
// nothing, and a change that touches only the overlay repaints and converts only its corner.
// Slides are decoded on this thread at the output size, each once, and only the slide on screen
// is kept (the frames come in order, so nothing else is needed again).
#include <optional>

#include "core/config/talk_options.hpp"
#include "core/time/video_timing.hpp"
#include "shell/decode/slide_cache.hpp"
#include "shell/draw/offscreen.hpp"
#include "shell/draw/painter.hpp"
#include "shell/export/yuv_image.hpp"

namespace lightning {

class VideoFrames {
public:
    VideoFrames(const PreparedTalk& talk, const VideoTiming& timing, int width, int height);

    // The picture of frame i, in yuv420p. Frames must be asked for in increasing order; the
    // reference stays valid (and unchanged) until the next call.
    const YuvImage& frame(long long i);
    // The RGBA picture behind the last frame (tests compare it with render).
    const SDL_Surface* rgba() { return target_.pixels(); }

    int repaints() const { return repaints_; }                  // frames drawn in full
    int overlay_repaints() const { return overlay_repaints_; }  // overlay corner only
    int decodes() const { return decodes_; }

private:
    void use_slide(int slide);

    const PreparedTalk& talk_;
    VideoTiming timing_;
    int width_, height_, bar_width_;
    Offscreen target_;
    SlideCache slides_;
    Painter painter_;
    YuvImage yuv_;
    std::optional<Screen> last_;
    int repaints_ = 0, overlay_repaints_ = 0, decodes_ = 0;
};

}  // namespace lightning
