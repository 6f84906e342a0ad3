#pragma once
// The frames of a constant-rate video of a talk: how many there are and which instant of the
// talk each one shows. Pure arithmetic in whole microseconds, so export and its tests agree.
//
// Frame i shows the talk at t_i = i / fps (rounded down to the microsecond, which keeps
// "t_i >= t" exactly equivalent to "i / fps >= t" for any whole-microsecond t). A talk of
// `total` has round(total x fps) frames (halves round up), so the video lasts the talk's length
// to within half a frame, and exactly when total x fps is whole (5:00 at 30 fps: 9000 frames).
// A slide planned at offset s first appears on frame ceil(s x fps): the first frame with t >= s.
#include "core/time/clock.hpp"

namespace lightning {

struct VideoTiming {
    int fps = 30;
    long long talk_frames = 0;  // frames of the talk itself
    long long tail_frames = 0;  // end-card frames after it (0 unless asked for)

    long long frames() const { return talk_frames + tail_frames; }
    // The instant of the talk frame i shows.
    Micros frame_time(long long i) const;
    // The first frame whose instant is at or after t (t >= 0).
    long long first_frame_at(Micros t) const;
    // The video's length, frames / fps, in microseconds (rounded to the nearest).
    Micros length() const;
};

// Throws std::invalid_argument when fps is not in 1..240 or the video would be empty.
VideoTiming video_timing(Millis total, int fps, Millis end_card = Millis{0});

}  // namespace lightning
