#pragma once
// A frame as the encoder takes it: yuv420p (I420: the Y plane at full size, then U and V at half
// width and height), BT.709 colours in limited ("TV") range, the way H.264 and VP9 store video.
//
// Export converts here rather than piping RGBA to ffmpeg: the conversion then happens once per
// frame that changed (and only over the area that changed), not for each of the 9000 frames of a
// 5:00 talk; ffmpeg's own RGBA to yuv420p path costs about 8 ms a 1080p frame (75 s for 5:00),
// and the pipe carries 1.5 bytes a pixel instead of 4.
#include <cstdint>
#include <vector>

#include "shell/platform/sdl_handles.hpp"

namespace lightning {

class YuvImage {
public:
    // Width and height must be even (4:2:0 halves both for the colour planes).
    YuvImage(int width, int height);

    // Converts `area` of `rgba` (an RGBA32 surface of the same size; alpha is ignored) into
    // this image. The area is widened to even coordinates; the rest of the image is kept.
    void convert(const SDL_Surface* rgba, SDL_Rect area);
    void convert(const SDL_Surface* rgba) { convert(rgba, SDL_Rect{0, 0, width_, height_}); }

    const std::uint8_t* data() const { return bytes_.data(); }
    std::size_t size() const { return bytes_.size(); }
    int width() const { return width_; }
    int height() const { return height_; }

private:
    int width_, height_;
    std::vector<std::uint8_t> bytes_;  // Y, then U, then V
};

}  // namespace lightning
