// The previous best on the presenter view while rehearsing, as drawn: small, under the slide
// countdown, inside the countdowns' band and its middle third, clear of every other thing the
// view draws (the talk countdown, the position, the clock, 5 KB of notes, and a status short or
// as long as a rehearsal's waiting line, which then keeps clear of the talk countdown too), at
// 16:9 and 4:3 sizes. Each thing's place is found by drawing the view with and without it.
// LIGHTNING_SHOTS=folder keeps the pictures for a look.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "shell/draw/offscreen.hpp"
#include "shell/draw/presenter_painter.hpp"

using namespace lightning;

namespace {

// The smallest box holding every pixel where two drawings differ (x1, y1 past the end).
struct Ink {
    int x0 = 1 << 30, y0 = 1 << 30, x1 = -1, y1 = -1;
    bool empty() const { return x1 < 0; }
    bool overlaps(const Ink& other) const {
        return !empty() && !other.empty() && x0 < other.x1 && other.x0 < x1 && y0 < other.y1 &&
               other.y0 < y1;
    }
};

std::vector<unsigned char> pixels_of(const PresenterFrame& frame, int width, int height,
                                     const std::string& shot = "") {
    Offscreen target(width, height);
    PresenterPainter(target.renderer()).draw(frame, {}, {});
    if (const char* folder = std::getenv("LIGHTNING_SHOTS"); folder && !shot.empty())
        target.write_png(std::filesystem::path(folder) / shot);
    SDL_Surface* surface = target.pixels();
    std::vector<unsigned char> out(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
    for (int y = 0; y < height; ++y)
        std::memcpy(out.data() + static_cast<size_t>(y) * static_cast<size_t>(width) * 4,
                    static_cast<const unsigned char*>(surface->pixels) + y * surface->pitch,
                    static_cast<size_t>(width) * 4);
    return out;
}

Ink difference(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b,
               int width) {
    Ink ink;
    for (size_t i = 0; i < a.size(); i += 4) {
        if (std::memcmp(&a[i], &b[i], 4) == 0) continue;
        const int x = static_cast<int>(i / 4) % width, y = static_cast<int>(i / 4) / width;
        ink.x0 = std::min(ink.x0, x), ink.x1 = std::max(ink.x1, x + 1);
        ink.y0 = std::min(ink.y0, y), ink.y1 = std::max(ink.y1, y + 1);
    }
    return ink;
}

// A rehearsal's presenter view at its busiest: 5 KB of notes, a status.
PresenterFrame busy_rehearsal(const std::string& status = "slide 2 words +2.1 s") {
    PresenterFrame frame;
    frame.slide = 2;
    frame.next = 3;
    frame.title = "Keeping time on a hard clock";
    for (int i = 0; frame.notes.size() < 5'000; ++i)
        frame.notes += "Point " + std::to_string(i + 1) +
                       ": say it once, plainly, and move on before the flip takes it. ";
    frame.talk_left = "4:28";
    frame.slide_left = "0:12";
    frame.position = "3/20";
    frame.clock = "17:45";
    frame.status = status;
    frame.previous_best = "best 14.2 s (plan 15.0)";
    return frame;
}

// The best's place in the view at one size with one status, against everything else drawn.
void check_best_placement(int width, int height, const std::string& status_name,
                          const std::string& status) {
    CAPTURE(width);
    CAPTURE(height);
    CAPTURE(status);
    const std::string size = std::to_string(width) + "x" + std::to_string(height);
    const PresenterFrame frame = busy_rehearsal(status);
    const auto drawn =
        pixels_of(frame, width, height, "presenter-best-" + status_name + "-" + size + ".png");
    // Where each thing is: the view drawn without it.
    const auto ink_of = [&](const std::function<void(PresenterFrame&)>& clear) {
        PresenterFrame without = frame;
        clear(without);
        return difference(drawn, pixels_of(without, width, height), width);
    };
    // Without a best the status moves up to its place beside the clock: the best's own ink is
    // found with no status on either drawing.
    PresenterFrame no_status = frame, neither = frame;
    no_status.status.clear();
    neither.status.clear();
    neither.previous_best.clear();
    const Ink best =
        difference(pixels_of(no_status, width, height), pixels_of(neither, width, height), width);
    const Ink slide_left = ink_of([](PresenterFrame& f) { f.slide_left = "9:99"; });
    REQUIRE_FALSE(best.empty());
    REQUIRE_FALSE(slide_left.empty());

    const SDL_Rect band = presenter_layout(width, height).band;
    CHECK(best.y0 >= band.y);  // inside the band
    CHECK(best.y1 <= band.y + band.h);
    CHECK(best.x0 >= band.x + band.w / 3);  // in its middle third, centred
    CHECK(best.x1 <= band.x + band.w * 2 / 3);
    CHECK(std::abs((best.x0 + best.x1) / 2 - (band.x + band.w / 2)) <= 2);
    CHECK(best.y0 >= slide_left.y1);  // under the slide countdown
    // Small: under three quarters of the slide countdown's digits, yet readable (its ink, the
    // parentheses top to bottom, at least 12 px tall).
    CHECK(best.y1 - best.y0 < (slide_left.y1 - slide_left.y0) * 3 / 4);
    CHECK(best.y1 - best.y0 >= std::min(12, band.h / 8));

    for (const auto& [what, clear] :
         std::vector<std::pair<std::string, std::function<void(PresenterFrame&)>>>{
             {"talk countdown", [](PresenterFrame& f) { f.talk_left.clear(); }},
             {"slide countdown", [](PresenterFrame& f) { f.slide_left = "9:99"; }},
             {"position", [](PresenterFrame& f) { f.position.clear(); }},
             {"clock", [](PresenterFrame& f) { f.clock.clear(); }},
             {"status", [](PresenterFrame& f) { f.status.clear(); }},
             {"notes", [](PresenterFrame& f) { f.notes.clear(); }}}) {
        CAPTURE(what);
        const Ink other = ink_of(clear);
        CHECK_FALSE(other.empty());
        CHECK_FALSE(best.overlaps(other));
    }
    // The status, long or short, stays in the band and off the talk countdown.
    const Ink status_ink = ink_of([](PresenterFrame& f) { f.status.clear(); });
    const Ink talk_left = ink_of([](PresenterFrame& f) { f.talk_left.clear(); });
    CHECK_FALSE(status_ink.overlaps(talk_left));
    CHECK(status_ink.x0 >= band.x);
    CHECK(status_ink.y1 <= band.y + band.h);
}

}  // namespace

TEST_CASE("presenter view: the previous best sits under the slide countdown, clear of the rest") {
    SdlLibrary sdl(0);
    for (const auto& [width, height] :
         {std::pair{1920, 1080}, std::pair{1280, 720}, std::pair{960, 540}, std::pair{1024, 768},
          std::pair{800, 600}}) {
        check_best_placement(width, height, "live", "slide 2 words +2.1 s");
        check_best_placement(
            width, height, "waiting",
            "waiting: Space, Right, PageDown, Return or Left click starts the talk");
    }
}

TEST_CASE("presenter view: between an event's talks no previous best is drawn") {
    SdlLibrary sdl(0);
    PresenterFrame card;
    card.card = Card{SetupCard{"The next talk is being set up"}};
    card.clock = "17:45";
    PresenterFrame card_with_best = card;
    card_with_best.previous_best = "best 14.2 s (plan 15.0)";
    CHECK(pixels_of(card, 960, 540) == pixels_of(card_with_best, 960, 540));
}

TEST_CASE("presenter view: a long status with no previous best keeps off the talk countdown") {
    // A first rehearsal (no earlier runs) waiting to start, and play's lock-down notice: the
    // status beside the clock shrinks into the room right of the talk countdown.
    SdlLibrary sdl(0);
    for (const auto& [width, height] :
         {std::pair{1920, 1080}, std::pair{1280, 720}, std::pair{960, 540}, std::pair{800, 600}}) {
        CAPTURE(width);
        CAPTURE(height);
        PresenterFrame frame =
            busy_rehearsal("waiting: Space, Right, PageDown, Return or Left click starts the talk");
        frame.previous_best.clear();
        frame.talk_left = "14:28";  // an hour-long rehearsal's widest countdown
        const auto drawn =
            pixels_of(frame, width, height, "presenter-status-" + std::to_string(width) + ".png");
        // The status's room depends on the countdown's width: the countdown's own ink is found
        // with no status on either drawing.
        PresenterFrame no_status = frame, neither = frame;
        no_status.status.clear();
        neither.status.clear();
        neither.talk_left.clear();
        const auto without_status = pixels_of(no_status, width, height);
        const Ink status = difference(drawn, without_status, width);
        const Ink talk_left = difference(without_status, pixels_of(neither, width, height), width);
        REQUIRE_FALSE(status.empty());
        REQUIRE_FALSE(talk_left.empty());
        CHECK_FALSE(status.overlaps(talk_left));
        const SDL_Rect band = presenter_layout(width, height).band;
        CHECK(status.x0 >= band.x);
        CHECK(status.y1 <= band.y + band.h);
    }
}
