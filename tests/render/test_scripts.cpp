// Text in every script on every screen lightning draws: each script's characters are drawn as
// glyphs (not the missing-glyph box), long text stays inside its box, the chart's legend inside
// the image. Set LIGHTNING_SHOTS to a folder to keep the pictures (the screenshots).
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "core/log/report.hpp"
#include "shell/app/export_command.hpp"
#include "shell/draw/contact_sheet.hpp"
#include "shell/draw/offscreen.hpp"
#include "shell/draw/painter.hpp"
#include "shell/draw/presenter_painter.hpp"
#include "shell/draw/report_chart.hpp"
#include "test_decks.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

// Two different strings of the same length per script: boxes would draw them the same.
struct Script {
    const char* name;
    const char* a;
    const char* b;
};
const Script kScripts[] = {
    {"korean", "\xEB\xB2\x88\xEA\xB0\x9C \xEB\xB0\x9C\xED\x91\x9C",
     "\xEC\x8B\x9C\xEA\xB0\x84 \xEC\xA7\x80\xED\x82\xA4\xEA\xB8\xB0"},  // 번개 발표 / 시간 지키기
    {"japanese", "\xE6\x99\x82\xE9\x96\x93\xE3\x82\x92\xE5\xAE\x88\xE3\x82\x8B",
     "\xE3\x81\x82\xE3\x82\x8A\xE3\x81\x8C\xE3\x81\xA8\xE3\x81\x86"},  // 時間を守る / ありがとう
    {"chinese simplified", "\xE9\x97\xAA\xE7\x94\xB5\xE6\xBC\x94\xE8\xAE\xB2",
     "\xE6\x97\xB6\xE9\x97\xB4\xE5\x88\xB0\xE4\xBA\x86"},  // 闪电演讲 / 时间到了
    {"chinese traditional", "\xE9\x96\x83\xE9\x9B\xBB\xE6\xBC\x94\xE8\xAC\x9B",
     "\xE6\x99\x82\xE9\x96\x93\xE5\x88\xB0\xE4\xBA\x86"},  // 閃電演講 / 時間到了
    {"cyrillic", "\xD0\x96\xD0\xB0\xD0\xBD\xD0\xBD\xD0\xB0",
     "\xD0\x9C\xD0\xB8\xD1\x80\xD0\xBE\xD0\xBD"},  // Жанна / Мирон
    {"greek", "\xCE\x95\xCE\xBB\xCE\xAD\xCE\xBD\xCE\xB7",
     "\xCE\x9D\xCE\xAF\xCE\xBA\xCE\xBF\xCF\x82"},  // Ελένη / Νίκος
    {"accented latin", "Ren\xC3\xA9\x65 \xC3\x85s",
     "Z\xC3\xB6\x65 \xC5\x81\xC3\xB3\x64\xC5\xBA"},  // Renée Ås / Zöe Łódź
    {"emoji", "\xF0\x9F\x8E\x89\xF0\x9F\x9A\x80", "\xE2\x9A\xA1\xF0\x9F\x8D\xB0"},  // 🎉🚀 / ⚡🍰
};

std::vector<unsigned char> bytes_of(Offscreen& target) {
    SDL_Surface* s = target.pixels();
    const auto* p = static_cast<const unsigned char*>(s->pixels);
    return {p, p + s->pitch * s->h};
}

void keep(Offscreen& target, const std::string& name) {
    if (const char* folder = std::getenv("LIGHTNING_SHOTS"))
        target.write_png(std::filesystem::path(folder) / name);
}

std::vector<unsigned char> draw_screen(const Screen& screen, const std::string& shot = "") {
    Offscreen target(960, 540);
    Painter(target.renderer()).draw(screen, SlideView{});
    if (!shot.empty()) keep(target, shot);
    return bytes_of(target);
}

std::vector<unsigned char> draw_presenter(const std::string& notes, const std::string& shot = "") {
    Offscreen target(960, 540);
    PresenterFrame frame;
    frame.notes = notes;
    frame.title = notes;
    frame.talk_left = "4:59";
    PresenterPainter(target.renderer()).draw(frame, {}, {});
    if (!shot.empty()) keep(target, shot);
    return bytes_of(target);
}

TitleCard title_card(const std::string& title, const std::string& speaker) {
    using Status = RunningOrderEntry::Status;
    TitleCard card;
    card.heading = "Next";
    card.title = title;
    card.speaker = speaker;
    card.line = "ignite \xC2\xB7 5:00 \xC2\xB7 20 slides";
    card.order = {{"1. " + title, Status::Done, "5:02 (+0:02)"},
                  {"2. " + speaker, Status::Next, ""},
                  {"Break", Status::Break, ""}};
    card.current = 1;
    return card;
}

}  // namespace

TEST_CASE("every script's characters have a glyph in the font chain (none falls to the box)") {
    SdlLibrary sdl(0);
    Offscreen target(8, 8);
    Painter painter(target.renderer());
    for (const Script& script : kScripts)
        for (const char* text : {script.a, script.b})
            for (bool bold : {false, true}) {
                const std::string s = text;
                size_t i = 0;
                while (i < s.size()) {
                    const char32_t cp = next_codepoint(s, i);
                    CAPTURE(script.name);
                    CAPTURE(static_cast<unsigned>(cp));
                    CHECK(painter.fonts().covers(cp, bold));
                }
            }
}

TEST_CASE("each script draws as glyphs on the end card, title card, presenter view and sheet") {
    SdlLibrary sdl(0);
    for (const Script& script : kScripts) {
        CAPTURE(script.name);
        CHECK(draw_screen(Screen{EndCard{0, script.a, "", "", {}, {}}, Blank::None, {}}) !=
              draw_screen(Screen{EndCard{0, script.b, "", "", {}, {}}, Blank::None, {}}));
        CHECK(draw_screen(Screen{title_card(script.a, "x"), Blank::None, {}}) !=
              draw_screen(Screen{title_card(script.b, "x"), Blank::None, {}}));
        CHECK(draw_presenter(script.a) != draw_presenter(script.b));
    }
    // The contact sheet's header, through the real export --sheet path.
    for (const Script& script : kScripts) {
        CAPTURE(script.name);
        std::vector<std::vector<unsigned char>> sheets;
        for (const char* title : {script.a, script.b}) {
            TempDeck deck;
            write_solid_image(deck.path() / "1.png", slide_colour(0));
            deck.toml(std::string("title = \"") + title + "\"\n");
            TalkOptions options;
            options.deck = deck.path().string();
            const PreparedTalk talk = prepare_talk(options);
            const auto path = deck.root() / "sheet.png";
            write_contact_sheet(talk, 480, 270, path);
            sheets.push_back(read_png(path).rgba);
        }
        CHECK(sheets[0] != sheets[1]);
    }
}

TEST_CASE("screenshots: a Korean end card and title card, Japanese presenter notes") {
    SdlLibrary sdl(0);
    const std::string ko =
        "\xEB\xB2\x88\xEA\xB0\x9C \xEB\xB0\x9C\xED\x91\x9C: \xEC\x8B\x9C\xEA\xB0\x84\xEC\x9D\x84 "
        "\xEC\xA7\x80\xED\x82\xA4\xEB\x8A\x94 \xEB\xB0\xA9\xEB\xB2\x95";
    const std::string speaker = "\xEA\xB9\x80\xEB\xAF\xBC\xEC\xA4\x80";
    draw_screen(Screen{EndCard{0, ko, speaker, "5:00 \xC2\xB7 20 slides", {}, {}}, Blank::None, {}},
                "korean-end-card-960.png");
    draw_screen(Screen{title_card(ko, speaker), Blank::None, {}}, "korean-title-card.png");
    std::string notes;
    for (int i = 0; i < 12; ++i)
        notes +=
            "\xE3\x81\x93\xE3\x81\xAE\xE3\x82\xB9\xE3\x83\xA9\xE3\x82\xA4\xE3\x83\x89\xE3\x81\xA7"
            "\xE3\x81\xAF\xE3\x80\x81\xE6\x99\x82\xE9\x96\x93\xE3\x82\x92\xE5\xAE\x88\xE3\x82\x8B"
            "\xE6\x96\xB9\xE6\xB3\x95\xE3\x82\x92\xE8\xAA\xAC\xE6\x98\x8E\xE3\x81\x97\xE3\x81\xBE"
            "\xE3\x81\x99\xE3\x80\x82";  // このスライドでは、時間を守る方法を説明します。
    CHECK_FALSE(draw_presenter(notes, "japanese-presenter-notes.png").empty());
}

TEST_CASE("a 200-character title stays inside the end card's box, cut with an ellipsis") {
    SdlLibrary sdl(0);
    std::string title;
    while (title.size() < 200) title += "Everything you wanted to know about clocks ";
    title.resize(200);
    Offscreen target(1280, 720);
    Painter(target.renderer())
        .draw(Screen{EndCard{0, title, "Speaker", "5:00", {}, {}}, Blank::None, {}}, {});
    keep(target, "long-title-end-card.png");
    SDL_Surface* s = target.pixels();
    const auto* p = static_cast<const unsigned char*>(s->pixels);
    int outside = 0, inside = 0;
    for (int y = 0; y < s->h; ++y)
        for (int x = 0; x < s->w; ++x) {
            const unsigned char* px = p + y * s->pitch + x * 4;
            if (px[0] < 240 || px[1] < 240 || px[2] < 240) continue;  // only the title is white
            (x < 1280 / 20 || x >= 1280 * 19 / 20 ? outside : inside)++;
        }
    CHECK(outside == 0);
    CHECK(inside > 1000);
    FontSet fonts;
    const TextLayout layout = lay_out(fonts, title, {true, 54, 27, 1280 * 9 / 10, 288, 3});
    CHECK(layout.lines.size() <= 3);
    for (const auto& line : layout.lines)
        CHECK(text_width(fonts, line, true, layout.size) <= 1280 * 9 / 10);
}

TEST_CASE("the layout wraps words, breaks Chinese and Japanese between characters, then shrinks") {
    SdlLibrary sdl(0);
    FontSet fonts;
    const TextLayout words = lay_out(fonts, "one two three four", {false, 20, 0, 100, 0, 0});
    CHECK(words.lines.size() >= 2);
    for (const auto& line : words.lines) CHECK(line.find("  ") == std::string::npos);
    const std::string cjk =
        "\xE6\x99\x82\xE9\x96\x93\xE3\x82\x92\xE5\xAE\x88\xE3\x82\x8B\xE6\x99\x82\xE9\x96\x93\xE3"
        "\x82\x92\xE5\xAE\x88\xE3\x82\x8B";
    const TextLayout han = lay_out(fonts, cjk, {false, 20, 0, 70, 0, 0});
    CHECK(han.lines.size() >= 2);  // no spaces, yet wrapped
    const TextLayout shrunk = lay_out(fonts, "a title that is long", {true, 60, 10, 200, 0, 1});
    CHECK(shrunk.size < 60);
    CHECK_FALSE(shrunk.cut);
}

TEST_CASE("5 KB of notes shrink to the minimum, then scroll, bounded in lines laid out") {
    SdlLibrary sdl(0);
    FontSet fonts;
    std::string notes;
    for (int n = 1; notes.size() < 5000; ++n)
        notes += "Point " + std::to_string(n) + ": say it slowly, to the back row. ";
    const TextFit fit{false, 30, 16, 400, 300, 0, 0};
    const TextLayout top = lay_out(fonts, notes, fit);
    CHECK(top.size == 16);
    CHECK(top.cut);
    TextFit scrolled = fit;
    scrolled.skip = 5;
    const TextLayout down = lay_out(fonts, notes, scrolled);
    CHECK(down.skipped == 5);
    CHECK(down.lines.front() != top.lines.front());
    CHECK(down.lines.size() == static_cast<size_t>(down.fit_lines));
}

TEST_CASE("the chart's legend and labels stay inside the image with 10 runs") {
    SdlLibrary sdl(0);
    Report report;
    report.title = "A talk with ten rehearsals";
    for (int i = 0; i < 10; ++i)
        report.runs.push_back({"2026-11-2" + std::to_string(i % 10) + " 17:45 paced", "finished",
                               300'000 + i * 1500, 300'000, "words", true, true});
    for (int k = 0; k < 20; ++k) {
        ReportRow row;
        row.slide = k + 1;
        row.planned_ms = 15'000;
        for (int i = 0; i < 10; ++i) row.actual_ms.push_back(15'000 + (k - 10) * 100 + i * 50);
        report.rows.push_back(row);
    }
    TempDeck folder;
    const auto path = folder.root() / "chart.png";
    write_report_chart(report, path.string(), 1200, 600, 10);
    if (const char* shots = std::getenv("LIGHTNING_SHOTS"))
        std::filesystem::copy_file(path, std::filesystem::path(shots) / "chart-10-runs.png",
                                   std::filesystem::copy_options::overwrite_existing);
    const Picture chart = read_png(path);
    // Nothing but paper in a 4-pixel frame around the image: no label runs off an edge.
    int ink = 0;
    for (int x = 0; x < chart.width; ++x)
        for (int y :
             {0, 1, 2, 3, chart.height - 4, chart.height - 3, chart.height - 2, chart.height - 1})
            if (!near(chart.at(x, y), Colour{250, 250, 252}, 8)) ++ink;
    for (int y = 0; y < chart.height; ++y)
        for (int x :
             {0, 1, 2, 3, chart.width - 4, chart.width - 3, chart.width - 2, chart.width - 1})
            if (!near(chart.at(x, y), Colour{250, 250, 252}, 8)) ++ink;
    CHECK(ink == 0);
    // Each run's swatch colour appears (all ten legend entries drawn).
    for (size_t i = 0; i < 10; ++i) {
        const Rgba c = run_colour(i);
        bool seen = false;
        for (int y = chart.height * 3 / 4; y < chart.height && !seen; ++y)
            for (int x = 0; x < chart.width && !seen; ++x)
                seen = chart.at(x, y) == Colour{c.r, c.g, c.b};
        CAPTURE(i);
        CHECK(seen);
    }
}

TEST_CASE("200 KB of notes cost what a screenful costs: laid out once, drawn from the cache") {
    SdlLibrary sdl(0);
    std::string notes;
    for (int n = 1; notes.size() < 200'000; ++n)
        notes += "Point " + std::to_string(n) + ": say it slowly, to the back row. ";
    Offscreen target(1280, 720);
    PresenterPainter painter(target.renderer());
    PresenterFrame frame;
    frame.notes = notes;
    const auto timed = [&] {
        const auto start = std::chrono::steady_clock::now();
        painter.draw(frame, {}, {});
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count();
    };
    const double first = timed();
    const double again = timed();
    frame.notes_scroll = 40;
    const double scrolled = timed();
    MESSAGE("200 KB notes: first draw " << first << " ms, again " << again << " ms, scrolled "
                                        << scrolled << " ms");
    CHECK(painter.notes().more);
    CHECK(painter.notes().skipped == 40);
    // Generous bounds (a loaded 2-core machine): a flip has 15 s, a frame 16 ms.
    CHECK(first < 500);
    CHECK(again < 100);
    CHECK(scrolled < 500);
}

TEST_CASE("a 200-character title wraps onto two lines in the contact sheet's header") {
    SdlLibrary sdl(0);
    std::string title;
    while (title.size() < 200) title += "Everything you wanted to know about clocks ";
    title.resize(200);
    TempDeck deck;
    for (int k = 0; k < 4; ++k)
        write_solid_image(deck.path() / (std::to_string(k + 1) + ".png"), slide_colour(k));
    deck.toml("title = \"" + title + "\"\n");
    TalkOptions options;
    options.deck = deck.path().string();
    const PreparedTalk talk = prepare_talk(options);
    const auto path = deck.root() / "sheet.png";
    write_contact_sheet(talk, 1920, 1080, path);
    const auto sheet = read_png(path);
    // Bands of rows holding the title's light text in the top tenth: two lines, not one.
    int bands = 0, tallest = 0, run = 0;
    for (int y = 0; y < 1080 / 10 * 3 / 4; ++y) {
        bool ink = false;
        for (int x = 0; x < 1920 && !ink; ++x) {
            const auto* px = &sheet.rgba[static_cast<size_t>((y * 1920 + x) * 4)];
            ink = px[0] > 200 && px[1] > 200 && px[2] > 200;
        }
        run = ink ? run + 1 : 0;
        if (run == 1) ++bands;
        tallest = std::max(tallest, run);
    }
    CHECK(bands == 2);
    CHECK(tallest >= 16);  // letters still read at 1080p, not an 11 px line
}
