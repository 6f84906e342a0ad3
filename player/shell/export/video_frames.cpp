#include "shell/export/video_frames.hpp"

namespace lightning {

VideoFrames::VideoFrames(const PreparedTalk& talk, const VideoTiming& timing, int width, int height)
    : talk_(talk),
      timing_(timing),
      width_(width),
      height_(height),
      bar_width_(overlay_layout(width, height).bar.w),
      target_(width, height),
      slides_(target_.renderer(), talk.deck),
      painter_(target_.renderer(), talk.settings.settings.font.value),
      yuv_(width, height) {
    slides_.set_output_size(width, height);
}

void VideoFrames::use_slide(int slide) {
    if (slide < 0) {
        slides_.keep_only(-1, -1);
        return;
    }
    slides_.keep_only(slide, slide);
    if (!slides_.ready(slide)) {
        slides_.load(slide);
        ++decodes_;
    }
}

const YuvImage& VideoFrames::frame(long long i) {
    const Moment moment = moment_at(talk_.schedule, talk_.thresholds, timing_.frame_time(i));
    const Screen screen =
        talk_screen(talk_.deck, talk_.schedule, moment, talk_.overlay, bar_width_, talk_.look);
    if (last_ && *last_ == screen) return yuv_;  // nothing visible changed: the same picture

    // Only the overlay changed (a digit, the bar, a colour): redraw just its corner, as play
    // does on screen; the slide under it is drawn again from the same texture, so the pixels
    // are the same as a full redraw.
    const bool overlay_only = last_ && only_countdown_differs(*last_, screen);
    const SDL_Rect whole{0, 0, width_, height_};
    const SDL_Rect area =
        overlay_only ? sdl_rect(overlay_layout(width_, height_, false, talk_.look.overlay).reach)
                     : whole;
    const int slide = slide_on(screen);
    use_slide(slide);
    SDL_RenderSetClipRect(target_.renderer(), overlay_only ? &area : nullptr);
    painter_.draw(screen, slide >= 0 ? slides_.view(slide) : SlideView{});
    yuv_.convert(target_.pixels(), area);  // pixels() flushes the software renderer
    ++(overlay_only ? overlay_repaints_ : repaints_);
    last_ = screen;
    return yuv_;
}

}  // namespace lightning
