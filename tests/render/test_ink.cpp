// check's invisible-slide warning on real decoded pixels, read the way check reads them
// (read_slide: a 64x64 decode): what counts is whether the slide's content contrasts with the
// background it is shown on, so a small bright logo does not clear a slide of dark text on black.
#include <doctest/doctest.h>

#include "core/deck/deck.hpp"
#include "core/frame/slide_look.hpp"
#include "shell/app/check_slide.hpp"
#include "shell/decode/slide_source.hpp"
#include "test_decks.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

SlideInk ink_of_first_slide(const TempDeck& deck) {
    const Deck loaded = load_deck(deck.path());
    SlideSource source(loaded);
    const SlideRead read = read_slide(source, loaded, 0, 1920, 1080);
    REQUIRE(read.decoded.problem.empty());
    return read.ink;
}

}  // namespace

TEST_CASE("a 96 % transparent slide of dark text and a bright logo warns on black, not on white") {
    const Rgb black{0, 0, 0}, white{255, 255, 255};
    TempDeck deck;
    write_text_slide(deck.path() / "1.png", Colour{40, 40, 40}, Colour{255, 230, 80});
    const SlideInk ink = ink_of_first_slide(deck);
    CHECK(ink.transparent == doctest::Approx(0.96).epsilon(0.01));
    // The logo is bright and reads on black, and large enough to lift the content's mean
    // luminance over a quarter of white (about 0.28: what cleared the earlier rule); but it is a
    // sixth of the content, and the text is what must be read.
    CHECK(unreadable_share(ink, black) > 0.75);
    CHECK(looks_invisible(ink, black));
    CHECK_FALSE(looks_invisible(ink, white));
}

TEST_CASE("the same slide with white text reads on black (no warning), not on white") {
    const Rgb black{0, 0, 0}, white{255, 255, 255};
    TempDeck deck;
    write_text_slide(deck.path() / "1.png", Colour{255, 255, 255}, Colour{255, 230, 80});
    const SlideInk ink = ink_of_first_slide(deck);
    CHECK_FALSE(looks_invisible(ink, black));
    CHECK(looks_invisible(ink, white));
}

TEST_CASE("an opaque slide never warns, even dark on black") {
    TempDeck deck;
    write_solid_image(deck.path() / "1.png", Colour{10, 10, 10}, 1280, 720);
    CHECK_FALSE(looks_invisible(ink_of_first_slide(deck), Rgb{0, 0, 0}));
}
