// The phone's QR codes as drawn: the title card's (large, in its bottom-left corner, for the
// speaker walking up) and the presenter view's (small, beside the notes), each written as a PNG
// and read back with zbarimg, as a phone would, to the exact URL; every module a crisp square of
// whole pixels, black or white. LIGHTNING_SHOTS=folder keeps the pictures for a look.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>

#include "shell/draw/offscreen.hpp"
#include "shell/draw/painter.hpp"
#include "shell/draw/presenter_painter.hpp"
#include "test_decks.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

const std::string kUrl = "http://192.168.1.20:8765/3f9c0a5be27d4f1e8c6a9b2d7e0f41e1/";

bool have_zbarimg() {
    return std::system("command -v zbarimg >/dev/null 2>&1") == 0;
}

// What zbarimg reads in the picture at `path`: every code's text, one a line, without the last
// newline ("" when it finds none).
std::string zbar_read(const std::filesystem::path& path) {
    const std::string command = "zbarimg --quiet --raw '" + path.string() + "' 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string out;
    char buffer[512];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    pclose(pipe);
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    return out;
}

// Writes the picture (into LIGHTNING_SHOTS too when set) and reads its codes back.
void check_reads_back(Offscreen& target, const TempDeck& folder, const std::string& name,
                      const std::string& want) {
    const auto path = folder.root() / name;
    target.write_png(path);
    if (const char* shots = std::getenv("LIGHTNING_SHOTS"))
        target.write_png(std::filesystem::path(shots) / name);
    if (!have_zbarimg()) {
        MESSAGE("zbarimg is missing (apt-get install zbar-tools): " << name << " not read back");
        return;
    }
    CHECK(zbar_read(path) == want);
}

TitleCard title_card(const std::string& title, const std::string& url) {
    using Status = RunningOrderEntry::Status;
    TitleCard card;
    card.heading = "Next";
    card.title = title;
    card.speaker = "Ana Lima";
    card.line = "ignite \xC2\xB7 5:00 \xC2\xB7 20 slides";
    card.order = {{"1. Keeping time on a hard clock \xE2\x80\x94 Bo", Status::Done, "5:02 (+0:02)"},
                  {"2. " + title + " \xE2\x80\x94 Ana Lima", Status::Next, ""},
                  {"Coffee (15:00)", Status::Break, ""},
                  {"3. Fonts for every script \xE2\x80\x94 Chen", Status::Waiting, ""},
                  {"4. Ten years of lightning talks \xE2\x80\x94 Dee", Status::Waiting, ""}};
    card.current = 1;
    card.phone_url = url;
    return card;
}

Screen on_screen(const TitleCard& card) {
    Screen screen;
    screen.card = card;
    return screen;
}

// The number of pixels in `box` that are neither pure black nor pure white.
int grey_pixels(Offscreen& target, const SDL_Rect& box) {
    SDL_Surface* surface = target.pixels();
    const auto* bytes = static_cast<const unsigned char*>(surface->pixels);
    int grey = 0;
    for (int y = box.y; y < box.y + box.h; ++y)
        for (int x = box.x; x < box.x + box.w; ++x) {
            const unsigned char* p = bytes + y * surface->pitch + x * 4;
            const bool black = p[0] == 0 && p[1] == 0 && p[2] == 0;
            const bool white = p[0] == 255 && p[1] == 255 && p[2] == 255;
            grey += !black && !white;
        }
    return grey;
}

}  // namespace

TEST_CASE("title card: the speaker's QR code is large, crisp, and reads back as the exact URL") {
    SdlLibrary sdl(0);
    TempDeck folder;
    for (const auto& [width, height] : {std::pair{1920, 1080}, std::pair{1024, 768}}) {
        CAPTURE(width);
        Offscreen target(width, height);
        Painter painter(target.renderer());
        painter.draw(on_screen(title_card("Rust in five minutes", kUrl)), SlideView{});
        // Where the painter puts it: the bottom-left corner, 28 % of the height at most.
        const int side = painter.qr_side(kUrl, height * 28 / 100);
        CHECK(side >= height / 4);
        CHECK(side % (33 + 8) == 0);  // version 4 and its quiet zone: whole pixels a module
        const int margin = Theme(width, height).px(50);
        const SDL_Rect qr{margin, height - margin - side, side, side};
        CHECK(grey_pixels(target, qr) == 0);
        check_reads_back(
            target, folder,
            "title-card-qr-" + std::to_string(width) + "x" + std::to_string(height) + ".png", kUrl);
    }
}

TEST_CASE("title card: a long title keeps clear of the code, which still reads back") {
    SdlLibrary sdl(0);
    TempDeck folder;
    Offscreen target(1280, 720);
    Painter painter(target.renderer());
    const std::string title =
        "Why every lightning talk needs a hard clock, a second screen, and a phone in your hand";
    painter.draw(on_screen(title_card(title, kUrl)), SlideView{});
    const int side = painter.qr_side(kUrl, 720 * 28 / 100);
    const int margin = Theme(1280, 720).px(50);
    CHECK(grey_pixels(target, {margin, 720 - margin - side, side, side}) == 0);
    check_reads_back(target, folder, "title-card-qr-long-title.png", kUrl);
}

TEST_CASE("title card without a phone URL: no code is drawn") {
    SdlLibrary sdl(0);
    Offscreen target(1280, 720);
    Painter painter(target.renderer());
    painter.draw(on_screen(title_card("Rust in five minutes", "")), SlideView{});
    const int side = painter.qr_side(kUrl, 720 * 28 / 100);
    const int margin = Theme(1280, 720).px(50);
    // The corner is the card's own colour: not one pure white pixel there.
    SDL_Surface* surface = target.pixels();
    const auto* bytes = static_cast<const unsigned char*>(surface->pixels);
    int white = 0;
    for (int y = 720 - margin - side; y < 720 - margin; ++y)
        for (int x = margin; x < margin + side; ++x) {
            const unsigned char* p = bytes + y * surface->pitch + x * 4;
            white += p[0] == 255 && p[1] == 255 && p[2] == 255;
        }
    CHECK(white == 0);
}

TEST_CASE("presenter view: the speaker's QR code beside the notes reads back as the exact URL") {
    SdlLibrary sdl(0);
    TempDeck folder;
    for (const auto& [width, height] : {std::pair{1920, 1080}, std::pair{1280, 720}}) {
        CAPTURE(width);
        Offscreen target(width, height);
        PresenterFrame frame;
        frame.title = "Rust in five minutes";
        frame.notes = "Open with the borrow checker joke. Then the three rules, one a slide.";
        frame.talk_left = "4:12";
        frame.slide_left = "0:09";
        frame.position = "4/20";
        frame.clock = "17:45";
        frame.phone_url = kUrl;
        PresenterPainter(target.renderer()).draw(frame, {}, {});
        check_reads_back(
            target, folder,
            "presenter-qr-" + std::to_string(width) + "x" + std::to_string(height) + ".png", kUrl);
    }
}

TEST_CASE("presenter view between talks: the title card's code reads back once") {
    SdlLibrary sdl(0);
    TempDeck folder;
    for (const auto& [width, height] : {std::pair{1920, 1080}, std::pair{1280, 720}}) {
        CAPTURE(width);
        Offscreen target(width, height);
        PresenterFrame frame;
        frame.card = title_card("Rust in five minutes", kUrl);
        frame.timers = false;
        frame.clock = "17:45";
        frame.keys = {{"Space", "start the talk"}, {"Right, N", "skip it"}, {"Left", "back"}};
        frame.phone_url = kUrl;
        PresenterPainter(target.renderer()).draw(frame, {}, {});
        // One code, not two: the view's own corner code is left out under the card's.
        check_reads_back(target, folder, "presenter-card-qr-" + std::to_string(width) + ".png",
                         kUrl);
    }
}
