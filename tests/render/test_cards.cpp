// Every card of the Screen model drawn by the real Painter on a software renderer: the event's
// break, set-up and closing cards, the running order's statuses, the keys help layer, the
// countdown's pause sign and Ignite's slide-first panel, and the presenter's between-talks card.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "core/show/keymap.hpp"
#include "shell/draw/offscreen.hpp"
#include "shell/draw/painter.hpp"
#include "shell/draw/presenter_painter.hpp"
#include "test_decks.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

constexpr int kWidth = 640, kHeight = 360;

// Pixels of one drawing, read back from the offscreen surface.
struct Drawn {
    int width = 0, height = 0;
    std::vector<Colour> pixels;
    Colour at(int x, int y) const { return pixels[static_cast<size_t>(y * width + x)]; }
    // How many pixels inside `box` satisfy `test`.
    int count(const SDL_Rect& box, const std::function<bool(Colour)>& test) const {
        int n = 0;
        for (int y = box.y; y < box.y + box.h; ++y)
            for (int x = box.x; x < box.x + box.w; ++x)
                if (test(at(x, y))) ++n;
        return n;
    }
};

Drawn read_back(Offscreen& target) {
    SDL_Surface* surface = target.pixels();
    Drawn drawn{surface->w, surface->h, {}};
    const auto* bytes = static_cast<const unsigned char*>(surface->pixels);
    for (int y = 0; y < surface->h; ++y)
        for (int x = 0; x < surface->w; ++x) {
            const unsigned char* p = bytes + y * surface->pitch + x * 4;
            drawn.pixels.push_back({p[0], p[1], p[2]});
        }
    return drawn;
}

Drawn draw(const Screen& screen, int width = kWidth, int height = kHeight) {
    SdlLibrary sdl(0);
    Offscreen target(width, height);
    Painter(target.renderer()).draw(screen, SlideView{});
    return read_back(target);
}

bool bright(Colour c) {
    return c.r > 200 && c.g > 200 && c.b > 200;
}
bool yellowish(Colour c) {
    return c.r > 200 && c.g > 150 && c.b < 120;
}
bool reddish(Colour c) {
    return c.r > 180 && c.g < 140 && c.b < 140;
}
bool greenish(Colour c) {
    return c.g > 160 && c.r < 170 && c.b < 180 && c.g > c.r + 40;
}

const Colour kCard{16, 20, 26};
const SDL_Rect kWhole{0, 0, kWidth, kHeight};

Screen slide_screen(bool paused, bool slide_first) {
    SlideCard card;
    card.overlay = true;
    card.countdown.talk_left = "4:59";
    card.countdown.slide_left = "0:14";
    card.countdown.position = "1/20";
    card.countdown.paused = paused;
    card.countdown.slide_first = slide_first;
    return Screen{card, Blank::None, {}};
}

}  // namespace

TEST_CASE("a break card shows its title, when it ends and the time left large") {
    BreakCard card{"Coffee", "Back at 15:30", "12:34", {}, -1};
    const Drawn drawn = draw(Screen{card, Blank::None, {}});
    CHECK(drawn.at(2, 2) == kCard);
    CHECK(drawn.count(kWhole, yellowish) > 100);  // the title in the accent colour
    // The countdown is the largest text: many bright pixels in the lower half.
    CHECK(drawn.count({0, kHeight / 2, kWidth, kHeight / 2}, bright) > 1500);
    BreakCard other = card;
    other.left = "12:33";
    CHECK(draw(Screen{other, Blank::None, {}}).pixels != drawn.pixels);
}

TEST_CASE("the set-up card is neutral: no red, no problem text") {
    const Drawn drawn = draw(Screen{SetupCard{"The next talk is being set up"}, Blank::None, {}});
    CHECK(drawn.count(kWhole, reddish) == 0);
    CHECK(drawn.count(kWhole, [](Colour c) { return c.r > 150; }) > 100);  // the line is drawn
}

TEST_CASE("the closing card shows the event's name, thanks and the summary lines") {
    ClosingCard card{"Lightning Night", "Thank you!", {"12 talks \xC2\xB7 61:30", "3 over time"}};
    const Drawn drawn = draw(Screen{card, Blank::None, {}});
    CHECK(drawn.count({0, 0, kWidth, kHeight / 2}, bright) > 200);
    CHECK(drawn.count(kWhole, yellowish) > 50);
    ClosingCard fewer = card;
    fewer.summary.pop_back();
    CHECK(draw(Screen{fewer, Blank::None, {}}).pixels != drawn.pixels);
}

TEST_CASE("the running order marks done, skipped, next and break rows") {
    using Status = RunningOrderEntry::Status;
    TitleCard card;
    card.heading = "Next";
    card.title = "Talk three";
    card.order = {{"1. One", Status::Done, "5:02 (+0:02)"},
                  {"2. Two", Status::Skipped, "skipped"},
                  {"3. Three", Status::Next, ""},
                  {"Break", Status::Break, ""},
                  {"4. Four", Status::Waiting, ""}};
    card.current = 2;
    // Full HD: the rows are small beside the title.
    const Drawn drawn = draw(Screen{card, Blank::None, {}}, 1920, 1080);
    const SDL_Rect column{1920 * 62 / 100, 0, 1920 * 38 / 100, 1080};
    CHECK(drawn.count(column, greenish) > 20);  // the done tick
    CHECK(drawn.count(column, reddish) > 20);   // "skipped"
    CHECK(drawn.count(column, [](Colour c) {
        return c == Colour{60, 66, 80};
    }) > 2000);  // next row
    TitleCard plain = card;
    for (auto& entry : plain.order) entry.status = Status::Waiting, entry.result.clear();
    const Drawn without = draw(Screen{plain, Blank::None, {}}, 1920, 1080);
    CHECK(without.count(column, greenish) == 0);
    CHECK(without.count(column, reddish) == 0);
}

TEST_CASE("the keys help is a dark panel of keys and what they do over the card") {
    Screen screen{EndCard{19, "Title", "Speaker", "5:00", {}, {}}, Blank::None, {}};
    const Drawn plain = draw(screen);
    screen.help = {{"Hold Esc", "stop the talk"}, {"B", "black screen"}, {"F1", "these keys"}};
    const Drawn helped = draw(screen);
    // Darker than the card inside the panel, but not opaque black: the card shows through.
    const Colour inside = helped.at(kWidth / 2, kHeight / 2 - 1);
    CHECK(inside != plain.at(kWidth / 2, kHeight / 2 - 1));
    CHECK(helped.count(kWhole, yellowish) > 50);  // the keys in the accent colour
    const Colour shaded = helped.at(kWidth / 8 + 2, kHeight / 2);
    CHECK(shaded.r < kCard.r);
    CHECK(shaded != Colour{0, 0, 0});
    // Over the brightest thing behind it (a white screen, as big slide text is), the panel stays
    // dark enough for its rows to read.
    SdlLibrary sdl(0);
    Offscreen target(kWidth, kHeight);
    Painter painter(target.renderer());
    painter.fill({0, 0, kWidth, kHeight}, {255, 255, 255, 255});
    painter.draw_help(screen.help, {0, 0, kWidth, kHeight});
    CHECK(read_back(target).at(kWidth / 8 + 2, kHeight / 2).r < 40);
}

TEST_CASE("a long row of keys stays inside the keys help panel") {
    Screen screen{EndCard{19, "Title", "Speaker", "5:00", {}, {}}, Blank::None, {}};
    screen.help = {
        {"Space, Right, PageDown, Return, Left click", "the words for this slide are done"},
        {"F1, ?", "show these keys for a few seconds"}};
    const Drawn helped = draw(screen);
    CHECK(helped.count(kWhole, yellowish) > 50);
    // No key text in the margin left and right of the panel.
    CHECK(helped.count(SDL_Rect{0, 0, 4, kHeight}, yellowish) == 0);
    CHECK(helped.count(SDL_Rect{kWidth - 4, 0, 4, kHeight}, yellowish) == 0);
}

TEST_CASE("a paused countdown shows a pause sign; an unpaused one does not") {
    const OverlayLayout layout = overlay_layout(kWidth, kHeight);
    const SDL_Rect sign_area{layout.panel.x, layout.panel.y, layout.panel.w / 6,
                             layout.panel.h / 2};
    CHECK(draw(slide_screen(true, false)).count(sign_area, bright) > 20);
    CHECK(draw(slide_screen(false, false)).count(sign_area, bright) == 0);
}

TEST_CASE("in Ignite the slide countdown is drawn as large as the talk's") {
    const OverlayLayout normal = overlay_layout(kWidth, kHeight, false);
    const OverlayLayout tall = overlay_layout(kWidth, kHeight, true);
    CHECK(tall.panel.h > normal.panel.h);
    CHECK(tall.reach.h == tall.panel.h);
    CHECK(normal.reach.h == tall.panel.h);  // a corner-only redraw covers either panel
    const Drawn drawn = draw(slide_screen(false, true));
    // Both rows hold big digits: bright pixels in each row's right part.
    const auto row_pixels = [&](const PixelRect& row) {
        return drawn.count({row.x + row.w / 4, row.y, row.w * 3 / 4, row.h}, bright);
    };
    CHECK(row_pixels(tall.first_row) > 300);
    CHECK(row_pixels(tall.second_row) > 300);
    CHECK(row_pixels(tall.first_row) * 2 > row_pixels(tall.second_row));  // same size: similar ink
}

TEST_CASE("the presenter view draws the between-talks card, the problem and the keys") {
    SdlLibrary sdl(0);
    Offscreen target(kWidth, kHeight);
    PresenterFrame frame;
    frame.card = Card{SetupCard{"The next talk is being set up"}};
    frame.problem = "slides/ is empty";
    frame.keys = {{"Space", "go on"}, {"Hold Esc", "stop"}};
    frame.clock = "17:45";
    PresenterPainter(target.renderer()).draw(frame, {}, {});
    const Drawn drawn = read_back(target);
    const PresenterLayout layout = presenter_layout(kWidth, kHeight);
    CHECK(drawn.at(layout.current.x + 2, layout.current.y + 2) == kCard);
    CHECK(drawn.count({0, 0, kWidth, layout.band.y}, reddish) > 20);    // the problem
    CHECK(drawn.count({0, 0, kWidth, layout.band.y}, yellowish) > 20);  // the keys
}

TEST_CASE("presenter notes scroll by lines and zoom by steps") {
    SdlLibrary sdl(0);
    std::string notes;
    for (int i = 0; i < 60; ++i) notes += "line " + std::to_string(i) + " of the notes\n";
    auto notes_pixels = [&](int scroll, int zoom) {
        Offscreen target(1280, 720);
        PresenterFrame frame;
        frame.notes = notes;
        frame.notes_scroll = scroll;
        frame.notes_zoom = zoom;
        PresenterPainter(target.renderer()).draw(frame, {}, {});
        const Drawn drawn = read_back(target);
        const SDL_Rect box = presenter_layout(1280, 720).notes;
        std::vector<Colour> inside;
        for (int y = box.y; y < box.y + box.h; ++y)
            for (int x = box.x; x < box.x + box.w; ++x) inside.push_back(drawn.at(x, y));
        return inside;
    };
    const auto top = notes_pixels(0, 0);
    CHECK(notes_pixels(3, 0) != top);
    CHECK(notes_pixels(0, 2) != top);
    CHECK(notes_pixels(0, -2) != top);
}

TEST_CASE("an offscreen picture is written whole or not at all") {
    SdlLibrary sdl(0);
    TempDeck folder;
    Offscreen target(16, 9);
    const auto path = folder.root() / "picture.png";
    target.write_png(path);
    CHECK(read_png(path).width == 16);
    for (const auto& entry : std::filesystem::directory_iterator(folder.root()))
        CHECK(entry.path().filename().string().find("partial") == std::string::npos);
    // A missing folder (a typo) is an error naming it, as is a file where the folder should be.
    CHECK_THROWS_WITH_AS(target.write_png(folder.root() / "missing" / "p.png"),
                         doctest::Contains("missing"), std::runtime_error);
    CHECK(!std::filesystem::exists(folder.root() / "missing"));
    CHECK_THROWS_WITH_AS(target.write_png(path / "p.png"), doctest::Contains("picture.png"),
                         std::runtime_error);
}

TEST_CASE("a running order of 12 mixed talks: every row one readable size, titles cut not shrunk") {
    TitleCard card;
    card.heading = "Next";
    card.title = "Talk seven";
    const std::string long_title(200, 'W');
    const std::vector<std::string> titles = {
        "Short", "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 \xEB\xB0\x9C\xED\x91\x9C",  // 한국어 발표
        long_title, "Emoji \xF0\x9F\x8E\x89\xF0\x9F\x9A\x80", "Another talk with a long name"};
    for (int i = 0; i < 12; ++i) {
        RunningOrderEntry entry;
        entry.text = std::to_string(i + 1) + ". " + titles[static_cast<size_t>(i) % titles.size()] +
                     " \xE2\x80\x94 Speaker";
        if (i == 1) entry.result = "5:02 (+0:02)";
        if (i == 3) entry.result = "skipped";
        card.order.push_back(entry);
    }
    card.current = 11;  // the highlight at the bottom, out of the way of the scan
    const Drawn drawn = draw(Screen{card, Blank::None, {}}, 1920, 1080);
    // Each row starts with its number: the first digit's height is the row's text size (every
    // digit of DejaVu Sans is as tall as the others). Scan the digits' strip for ink runs.
    const int column_x = 1920 * 62 / 100 + 40;
    std::vector<int> heights;
    int run = 0;
    for (int y = 175; y < 1080; ++y) {  // below the "Running order" label
        bool ink = false;
        for (int x = column_x + 40; x < column_x + 62 && !ink; ++x)
            ink = drawn.at(x, y).r > 150;  // the rows' light text, not the card or highlight
        if (ink) ++run;
        if (!ink && run > 0) {
            heights.push_back(run);
            run = 0;
        }
    }
    CAPTURE(heights.size());
    REQUIRE(heights.size() == 12);
    for (const int h : heights) {
        CHECK(h >= 17);  // a 26 px digit is about 19 px tall: readable from the back at 1080p
        CHECK(std::abs(h - heights.front()) <= 1);
    }
}

TEST_CASE("at 960x540 the presenter view shows every key of an event's card, none clipped") {
    SdlLibrary sdl(0);
    const auto draw_keys = [](const std::vector<KeyHelp>& keys) {
        Offscreen target(960, 540);
        PresenterFrame frame;
        frame.card = Card{SetupCard{"The next talk is being set up"}};
        frame.problem = "slides/ is empty";
        frame.keys = keys;
        frame.clock = "17:45";
        PresenterPainter(target.renderer()).draw(frame, {}, {});
        return read_back(target);
    };
    const std::vector<KeyHelp> keys = key_help(KeyMode::TitleCard);
    REQUIRE(keys.size() >= 6);
    const Drawn all = draw_keys(keys);
    // The last key's row is drawn (not dropped past a second column): without it the view differs.
    std::vector<KeyHelp> fewer = keys;
    fewer.pop_back();
    CHECK(draw_keys(fewer).pixels != all.pixels);
    // Nothing in the keys' colour below the card's area (the countdown band) or in the right
    // margin.
    const PresenterLayout layout = presenter_layout(960, 540);
    CHECK(all.count({0, layout.band.y, 960, 540 - layout.band.y}, yellowish) == 0);
    CHECK(all.count({layout.band.x + layout.band.w, 0, 960 - layout.band.x - layout.band.w,
                     layout.band.y},
                    yellowish) == 0);
    CHECK(all.count({0, 0, layout.band.x, layout.band.y}, yellowish) == 0);  // nor the left one
}

TEST_CASE("a long rehearsal note widens its band toward the middle instead of shrinking") {
    Screen screen = slide_screen(false, false);
    auto& card = std::get<SlideCard>(screen.card);
    card.note = "slide 12 words +10.4 s";
    card.note_over = true;
    const OverlayLayout layout = overlay_layout(kWidth, kHeight);
    const Drawn drawn = draw(screen);
    const int band_y = layout.panel.y + layout.panel.h + layout.margin / 2 + layout.small_font / 8;
    CHECK(reddish(drawn.at(layout.panel.x + layout.panel.w / 2, band_y)));
    CHECK(reddish(drawn.at(layout.panel.x - 4, band_y)));  // past the panel's left edge
    CHECK_FALSE(reddish(drawn.at(layout.panel.x + layout.panel.w + 4, band_y)));  // nor right
}
