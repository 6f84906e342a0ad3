#include <doctest/doctest.h>

#include "../support/plans.hpp"
#include "core/time/video_timing.hpp"

using namespace lightning;

TEST_CASE("a talk's video has round(total x fps) frames and lasts the talk") {
    CHECK(video_timing(Millis{300'000}, 30).frames() == 9000);
    CHECK(video_timing(Millis{300'000}, 30).length() == Micros{300'000'000});
    CHECK(video_timing(Millis{6'000}, 10).frames() == 60);
    // Not a whole number of frames: the nearest, halves up; the length is frames / fps.
    CHECK(video_timing(Millis{6'050}, 10).frames() == 61);
    CHECK(video_timing(Millis{6'049}, 10).frames() == 60);
    CHECK(video_timing(Millis{1'001}, 30).frames() == 30);
    CHECK(video_timing(Millis{1'001}, 30).length() == Micros{1'000'000});
    CHECK(video_timing(Millis{1'000}, 30, Millis{2'000}).frames() == 90);
    CHECK(video_timing(Millis{1'000}, 30, Millis{2'000}).talk_frames == 30);
    CHECK_THROWS_AS(video_timing(Millis{10}, 30), std::invalid_argument);
    CHECK_THROWS_AS(video_timing(Millis{1'000}, 0), std::invalid_argument);
}

TEST_CASE("frame i shows i / fps, and a slide first appears on the first frame at or after it") {
    const VideoTiming timing = video_timing(Millis{300'000}, 30);
    CHECK(timing.frame_time(0) == Micros{0});
    CHECK(timing.frame_time(1) == Micros{33'333});
    CHECK(timing.frame_time(450) == Micros{15'000'000});
    for (const int fps : {1, 10, 24, 25, 30, 60, 144}) {
        CAPTURE(fps);
        const VideoTiming t = video_timing(Millis{300'000}, fps);
        for (const long long ms : {1LL, 15'000LL, 14'999LL, 7'333LL, 100'001LL, 299'999LL}) {
            CAPTURE(ms);
            const Micros at{ms * 1000};
            const long long first = t.first_frame_at(at);
            CHECK(t.frame_time(first) >= at);
            CHECK(t.frame_time(first - 1) < at);
        }
    }
    // Every slide of an Ignite talk flips on the frame of its planned time, at 30 fps.
    const Schedule schedule = testing::plan(20, TalkFormat::Ignite);
    for (int k = 1; k < 20; ++k) {
        const long long first = timing.first_frame_at(Micros{schedule.slides[k].start});
        CHECK(first == 450 * k);
        CHECK(schedule.slide_at(timing.frame_time(first)) == k);
        CHECK(schedule.slide_at(timing.frame_time(first - 1)) == k - 1);
    }
}
