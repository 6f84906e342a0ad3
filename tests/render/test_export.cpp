// export's frames: each one is exactly what render writes for its instant (the overlay-only
// repaints included), slides are decoded once each, the yuv420p conversion gives BT.709
// limited-range values, the contact sheet lays 20 slides out 5 across, and the progress bar.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "shell/app/render_command.hpp"
#include "shell/draw/contact_sheet.hpp"
#include "shell/export/progress_bar.hpp"
#include "shell/export/video_frames.hpp"
#include "test_decks.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

constexpr int kWidth = 320, kHeight = 180;

std::vector<unsigned char> surface_bytes(const SDL_Surface* s) {
    std::vector<unsigned char> out;
    for (int y = 0; y < s->h; ++y) {
        const auto* row =
            static_cast<const unsigned char*>(s->pixels) + static_cast<size_t>(y) * s->pitch;
        out.insert(out.end(), row, row + static_cast<size_t>(s->w) * 4);
    }
    return out;
}

}  // namespace

TEST_CASE("every exported frame is render's picture of frame i / fps") {
    TempDeck deck;
    for (int k = 0; k < 20; ++k)
        write_solid_image(deck.path() / ("s" + std::to_string(k + 1) + ".png"), slide_colour(k));
    deck.toml("title = \"Colours\"\nformat = \"ignite\"\n");
    TalkOptions talk_options;
    talk_options.deck = deck.path().string();
    talk_options.total = "0:06";  // 0.3 s a slide: 3 frames each at 10 fps
    const VideoTiming timing = video_timing(Millis{6'000}, 10, Millis{500});

    // render first (it starts and stops SDL itself), then the frames.
    std::vector<Picture> rendered;
    for (long long i = 0; i < timing.frames(); ++i) {
        RenderOptions options;
        options.talk = talk_options;
        options.at = std::to_string(static_cast<double>(timing.frame_time(i).count()) / 1e6);
        options.size = std::to_string(kWidth) + "x" + std::to_string(kHeight);
        options.output = (deck.root() / ("r" + std::to_string(i) + ".png")).string();
        REQUIRE(run_render(options) == 0);
        rendered.push_back(read_png(options.output));
    }

    SdlLibrary sdl(0);
    const PreparedTalk talk = prepare_talk(talk_options);
    VideoFrames frames(talk, timing, kWidth, kHeight);
    for (long long i = 0; i < timing.frames(); ++i) {
        CAPTURE(i);
        frames.frame(i);
        CHECK(surface_bytes(frames.rgba()) == rendered[static_cast<size_t>(i)].rgba);
    }
    CHECK(frames.decodes() == 20);   // each slide once
    CHECK(frames.repaints() == 21);  // each slide, then the end card
    CHECK(frames.overlay_repaints() > 0);
    CHECK(frames.repaints() + frames.overlay_repaints() <= timing.frames());
}

TEST_CASE("yuv420p conversion: BT.709, limited range") {
    SdlLibrary sdl(0);
    SurfacePtr rgba = make_rgba_surface(4, 2);
    const unsigned char colours[2][4] = {{255, 255, 255, 255}, {255, 0, 0, 255}};
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 4; ++x)
            std::memcpy(static_cast<unsigned char*>(rgba->pixels) + y * rgba->pitch + x * 4,
                        colours[x / 2], 4);
    YuvImage yuv(4, 2);
    yuv.convert(rgba.get());
    const unsigned char* y_plane = yuv.data();
    const unsigned char* u = y_plane + 8;
    const unsigned char* v = u + 2;
    CHECK(int(y_plane[0]) == 235);  // white
    CHECK(int(u[0]) == 128);
    CHECK(int(v[0]) == 128);
    CHECK(int(y_plane[2]) == 63);  // red
    CHECK(int(u[1]) == 102);
    CHECK(int(v[1]) == 240);
    CHECK_THROWS_AS(YuvImage(3, 2), std::invalid_argument);
}

TEST_CASE("contact sheet layout: the largest thumbnails, 5 across for 20 slides") {
    const SheetLayout twenty = sheet_layout(20, 1920, 1080);
    CHECK(twenty.columns == 5);
    CHECK(twenty.rows == 4);
    const SDL_Rect last = twenty.thumb(19);
    CHECK(last.x + last.w <= 1920);
    CHECK(last.y + last.h + twenty.label_h <= 1080);
    CHECK(twenty.thumb(0).y >= twenty.header.h);
    CHECK(sheet_layout(1, 1920, 1080).columns == 1);
    CHECK(sheet_layout(6, 1920, 1080).columns == 3);
    const SheetLayout many = sheet_layout(1000, 1920, 1080);
    CHECK(many.columns * many.rows >= 1000);
    CHECK(many.thumb(999).y + many.thumb_h <= 1080);
}

TEST_CASE("the progress bar: frames, percent, speed, time left; at most 4 times a second") {
    FakeClock clock;
    char* text = nullptr;
    size_t length = 0;
    std::FILE* out = open_memstream(&text, &length);
    REQUIRE(out);
    {
        ProgressBar bar(clock, 9000, 30, false, out, true);
        CHECK(bar.status(4500, Micros{10'000'000}) ==
              "[############------------] 4500/9000 frames  50%  15.0x realtime  0:10 left");
        bar.update(10);  // too soon after the start
        clock.advance(Micros{300'000});
        bar.update(100);
        clock.advance(Micros{100'000});
        bar.update(200);  // too soon after the last
        clock.advance(Micros{200'000});
        bar.update(300);
        bar.finish("talk.mp4");
    }
    std::fclose(out);
    const std::string printed(text, length);
    std::free(text);
    CHECK(printed.find("10/9000") == std::string::npos);
    CHECK(printed.find("100/9000") != std::string::npos);
    CHECK(printed.find("200/9000") == std::string::npos);
    CHECK(printed.find("300/9000") != std::string::npos);
    CHECK(printed.find("exported 9000 frames (5:00.0) in 0.6 s") != std::string::npos);

    const ProgressBar log(clock, 9000, 30, false, stderr, false);  // not a terminal: no bar
    CHECK(log.status(0, Micros{0}) == "0/9000 frames   0%");
}
