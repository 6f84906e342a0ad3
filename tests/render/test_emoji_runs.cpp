// Emoji and mixed scripts are shaped as a reader expects: a ZWJ sequence (woman + laptop) is
// one glyph, U+FE0F asks for the colour heart, no gap follows an emoji, "!" after Arabic in a
// left-to-right line sits on its right, and a closing party popper never wraps alone. (No emoji
// in these comments: clang-format counts their width differently on each pass.)
#include <doctest/doctest.h>

#include "shell/draw/font_set.hpp"
#include "shell/draw/text_layout.hpp"
#include "test_decks.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {
const std::string kWoman = "\xF0\x9F\x91\xA9";                          // 👩
const std::string kLaptop = "\xF0\x9F\x92\xBB";                         // 💻
const std::string kZwj = "\xE2\x80\x8D";                                // zero-width joiner
const std::string kParty = "\xF0\x9F\x8E\x89";                          // 🎉
const std::string kHeart = "\xE2\x9D\xA4";                              // ❤ (also in DejaVu)
const std::string kEmojiStyle = "\xEF\xB8\x8F";                         // U+FE0F
const std::string kHello = "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7";  // مرحبا
}  // namespace

TEST_CASE("a ZWJ sequence is one run of the emoji font and as wide as one emoji") {
    SdlLibrary sdl(0);
    FontSet fonts;
    const auto runs = fonts.runs(kWoman + kZwj + kLaptop, false);
    REQUIRE(runs.size() == 1);
    CHECK(runs[0].face == fonts.face_for(U'\U0001F469', false));
    const int one = text_width(fonts, kWoman, false, 40);
    const int sequence = text_width(fonts, kWoman + kZwj + kLaptop, false, 40);
    CHECK(sequence < one * 3 / 2);  // one glyph, not 👩 and 💻 side by side
}

TEST_CASE("U+FE0F draws the colour picture of a character the text font also has") {
    SdlLibrary sdl(0);
    FontSet fonts;
    const int emoji = fonts.face_for(U'\U0001F97A', false);  // 🥺: only the emoji font has it
    REQUIRE(emoji > 0);
    CHECK(fonts.runs("\xF0\x9F\x98\x80", false)[0].face == emoji);  // 😀 in colour, not DejaVu's
    CHECK(fonts.runs(kHeart, false)[0].face != emoji);              // plain ❤ stays text
    const auto styled = fonts.runs("I " + kHeart + kEmojiStyle + " talks", false);
    REQUIRE(styled.size() == 3);
    CHECK(styled[1].text == kHeart + kEmojiStyle);
    CHECK(styled[1].face == emoji);
}

TEST_CASE("a space after an emoji is a text space, not a picture-wide gap") {
    SdlLibrary sdl(0);
    FontSet fonts;
    const auto runs = fonts.runs(kParty + " x", false);
    REQUIRE(runs.size() == 2);
    CHECK(runs[1].text == " x");
    const int gap = text_width(fonts, kParty + " x", false, 40) -
                    text_width(fonts, kParty, false, 40) - text_width(fonts, "x", false, 40);
    CHECK(gap <= text_width(fonts, " ", false, 40) + 1);
}

TEST_CASE("punctuation after Arabic in a left-to-right line is its own left-to-right run") {
    SdlLibrary sdl(0);
    FontSet fonts;
    const auto runs = fonts.runs(kHello + "!", false);
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].rtl);
    CHECK(runs[1].text == "!");
    CHECK_FALSE(runs[1].rtl);
    const auto words =
        fonts.runs(kHello + " " + kHello, false);  // a space between two Arabic words
    REQUIRE(words.size() == 1);
    CHECK(words[0].rtl);
}

TEST_CASE("a closing emoji wraps with the word before it") {
    SdlLibrary sdl(0);
    FontSet fonts;
    const std::string text = "Thank you all " + kParty;
    const int width = text_width(fonts, "Thank you all", false, 30) + 4;  // the emoji does not fit
    const TextLayout layout = lay_out(fonts, text, {false, 30, 0, width, 0, 0});
    REQUIRE(layout.lines.size() == 2);
    CHECK(layout.lines.back() == "all " + kParty);
}
