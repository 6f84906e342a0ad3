#include "shell/export/video_frames.hpp"

namespace lightning {

namespace {
RendererPtr software_renderer(SDL_Surface* target) {
    RendererPtr renderer(SDL_CreateSoftwareRenderer(target));
    if (!renderer) throw SdlError("cannot create a software renderer");
    return renderer;
}
}  // namespace

VideoFrames::VideoFrames(const PreparedTalk& talk, const VideoTiming& timing, int width, int height)
    : talk_(talk),
      timing_(timing),
      width_(width),
      height_(height),
      bar_width_(overlay_layout(width, height).bar.w),
      surface_(make_rgba_surface(width, height)),
      renderer_(software_renderer(surface_.get())),
      slides_(renderer_.get(), talk.deck),
      painter_(renderer_.get()),
      yuv_(width, height) {
    slides_.set_output_size(width, height);
}

void VideoFrames::use_slide(const Frame& frame) {
    if (frame.end_card) {
        slides_.keep_only(-1, -1);
        return;
    }
    slides_.keep_only(frame.slide, frame.slide);
    if (!slides_.ready(frame.slide)) {
        slides_.load(frame.slide);
        ++decodes_;
    }
}

const YuvImage& VideoFrames::frame(long long i) {
    const Moment moment = moment_at(talk_.schedule, talk_.thresholds, timing_.frame_time(i));
    const Frame frame = make_frame(talk_.deck, talk_.schedule, moment, talk_.overlay, bar_width_);
    if (last_ && *last_ == frame) return yuv_;  // nothing visible changed: the same picture

    // Only the overlay changed (a digit, the bar, a colour): redraw just its corner, as play
    // does on screen; the slide under it is drawn again from the same texture, so the pixels
    // are the same as a full redraw.
    const bool overlay_only = last_ && only_overlay_differs(*last_, frame);
    const SDL_Rect whole{0, 0, width_, height_};
    const SDL_Rect area = overlay_only ? overlay_layout(width_, height_).panel : whole;
    use_slide(frame);
    SDL_RenderSetClipRect(renderer_.get(), overlay_only ? &area : nullptr);
    painter_.draw(frame, slides_.view(frame.slide));
    SDL_RenderPresent(renderer_.get());  // flushes the software renderer into the surface
    yuv_.convert(surface_.get(), area);
    ++(overlay_only ? overlay_repaints_ : repaints_);
    last_ = frame;
    return yuv_;
}

}  // namespace lightning
