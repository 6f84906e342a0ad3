// A slide read from the prepared-slides folder is the very picture a decode gives (format, size,
// bytes), and a slide changed on disk is decoded again, never shown from the old entry.
#include <doctest/doctest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include "core/deck/deck.hpp"
#include "core/deck/prepared_slides.hpp"
#include "shell/decode/slide_source.hpp"
#include "test_decks.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

bool same_pixels(const SDL_Surface& a, const SDL_Surface& b) {
    if (a.w != b.w || a.h != b.h || a.format->format != b.format->format) return false;
    for (int y = 0; y < a.h; ++y)
        if (std::memcmp(static_cast<const uint8_t*>(a.pixels) + static_cast<size_t>(y) * a.pitch,
                        static_cast<const uint8_t*>(b.pixels) + static_cast<size_t>(y) * b.pitch,
                        static_cast<size_t>(a.w) * 4) != 0)
            return false;
    return true;
}

size_t entries(const std::filesystem::path& folder) {
    size_t count = 0;
    std::error_code error;
    for (const auto& item : std::filesystem::directory_iterator(folder, error))
        count += item.path().extension() == ".slide";
    return count;
}

}  // namespace

TEST_CASE("a prepared slide is the decoded picture, byte for byte, and follows the file") {
    TempDeck deck;
    write_solid_image(deck.path() / "01.png", Colour{30, 160, 220}, 640, 360);
    write_transparent_image(deck.path() / "02.png", Colour{200, 40, 40}, 640, 360);
    write_solid_image(deck.path() / "03.jpg", Colour{40, 200, 60}, 640, 360);
    const Deck loaded = load_deck(deck.path());
    const auto folder = deck.root() / "prepared";
    PreparedSlides store(folder);

    for (int slide = 0; slide < 3; ++slide) {
        CAPTURE(slide);
        SlideSource plain(loaded);
        const DecodedSlide decoded = plain.decode(slide, 320, 180);
        REQUIRE(decoded.pixels);

        SlideSource first(loaded, &store);  // decodes, and keeps it
        const DecodedSlide kept = first.decode(slide, 320, 180);
        CHECK(entries(folder) == static_cast<size_t>(slide) + 1);
        SlideSource second(loaded, &store);  // reads it back
        const DecodedSlide read = second.decode(slide, 320, 180);
        REQUIRE(read.pixels);
        CHECK(read.problem.empty());
        CHECK(read.source_width == 640);
        CHECK(read.source_height == 360);
        CHECK(same_pixels(*decoded.pixels, *kept.pixels));
        CHECK(same_pixels(*decoded.pixels, *read.pixels));
    }

    // Slide 1 is exported again in another colour: the next play shows the new one.
    write_solid_image(deck.path() / "01.png", Colour{250, 140, 0}, 640, 360);
    SlideSource after(loaded, &store);
    const DecodedSlide changed = after.decode(0, 320, 180);
    REQUIRE(changed.pixels);
    const auto* p = static_cast<const uint8_t*>(changed.pixels->pixels) +
                    static_cast<size_t>(90) * changed.pixels->pitch + 160 * 4;
    CHECK(near(Colour{p[2], p[1], p[0]}, Colour{250, 140, 0}, 3));  // B, G, R in memory
    CHECK(entries(folder) == 4);
}

TEST_CASE("a broken slide is not kept: it shows its placeholder every time") {
    TempDeck deck;
    deck.file("01.png", "not a picture at all, only text");
    const Deck loaded = load_deck(deck.path());
    PreparedSlides store(deck.root() / "prepared");
    SlideSource source(loaded, &store);
    CHECK(!source.decode(0, 320, 180).problem.empty());
    CHECK(entries(deck.root() / "prepared") == 0);
}

TEST_CASE("a show keeps only slides slow to decode, in the background") {
    TempDeck deck;
    write_solid_image(deck.path() / "01.png", Colour{30, 160, 220}, 640, 360);
    const Deck loaded = load_deck(deck.path());
    const auto folder = deck.root() / "prepared";
    {
        PreparedSlides store(folder);
        SlideSource quick(loaded, &store, KeepRule{std::chrono::seconds(60), true});
        REQUIRE(quick.decode(0, 320, 180).pixels);  // far quicker than a minute: not kept
        store.finish_writes();
        CHECK(entries(folder) == 0);
        SlideSource show(loaded, &store, KeepRule{Micros{0}, true});
        const DecodedSlide decoded = show.decode(0, 320, 180);
        REQUIRE(decoded.pixels);
        store.finish_writes();
        CHECK(entries(folder) == 1);
        const DecodedSlide read = SlideSource(loaded, &store).decode(0, 320, 180);
        REQUIRE(read.pixels);
        CHECK(same_pixels(*decoded.pixels, *read.pixels));
    }
}

TEST_CASE("a damaged or swapped prepared entry is never shown: the slide is decoded instead") {
    TempDeck deck;
    write_solid_image(deck.path() / "01.png", Colour{30, 160, 220}, 640, 360);
    write_solid_image(deck.path() / "02.png", Colour{220, 40, 40}, 640, 360);
    const Deck loaded = load_deck(deck.path());
    const auto folder = deck.root() / "prepared";
    PreparedSlides store(folder);
    std::vector<std::filesystem::path> kept;
    for (int slide = 0; slide < 2; ++slide) {
        SlideSource source(loaded, &store);
        REQUIRE(source.decode(slide, 320, 180).kept);
        const auto key = source.prepared_key(slide, 320, 180, PixelOrder::Screen);
        REQUIRE(key);
        kept.push_back(folder / (key->name + ".slide"));
    }
    const DecodedSlide truth = SlideSource(loaded).decode(0, 320, 180);
    REQUIRE(truth.pixels);
    const auto slide_one = [&] {
        SlideSource source(loaded, &store);
        DecodedSlide shown = source.decode(0, 320, 180);
        REQUIRE(shown.pixels);
        return shown;
    };

    SUBCASE("slide 2's entry copied over slide 1's") {
        std::filesystem::copy_file(kept[1], kept[0],
                                   std::filesystem::copy_options::overwrite_existing);
        const DecodedSlide shown = slide_one();
        CHECK(!shown.from_prepared);
        CHECK(same_pixels(*truth.pixels, *shown.pixels));
    }
    SUBCASE("a run of pixels zeroed in slide 1's entry") {
        std::fstream entry(kept[0], std::ios::in | std::ios::out | std::ios::binary);
        entry.seekp(128 + 320 * 4 * 90);
        const std::string zeros(4000, '\0');
        entry.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
        entry.close();
        const DecodedSlide shown = slide_one();
        CHECK(!shown.from_prepared);
        CHECK(same_pixels(*truth.pixels, *shown.pixels));
    }
    SUBCASE("a sound entry is read back") {
        const DecodedSlide shown = slide_one();
        CHECK(shown.from_prepared);
        CHECK(same_pixels(*truth.pixels, *shown.pixels));
    }
}
