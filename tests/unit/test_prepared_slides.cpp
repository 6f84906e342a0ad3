// Prepared slides on disk: what is kept is what is read back, a changed slide never shows old
// pixels, a damaged entry is a miss, a folder that cannot be written is no error, and the folder
// stays within its limit.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <vector>

#include "../support/temp_deck.hpp"
#include "core/deck/prepared_slides.hpp"

using namespace lightning;
using lightning::testing::TempDeck;

namespace {

// A w x h picture of 4-byte pixels whose bytes depend on `seed`, rows `pitch` apart.
std::vector<std::uint8_t> picture(int w, int h, std::size_t pitch, int seed) {
    std::vector<std::uint8_t> bytes(pitch * static_cast<std::size_t>(h), 0xEE);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w * 4; ++x)
            bytes[static_cast<std::size_t>(y) * pitch + static_cast<std::size_t>(x)] =
                static_cast<std::uint8_t>(x * 7 + y * 13 + seed);
    return bytes;
}

// Reads `key` into a buffer with rows `pitch` apart; empty on a miss.
std::vector<std::uint8_t> read_back(const PreparedSlides& store, const std::string& key,
                                    std::size_t pitch, PreparedPixels* info = nullptr) {
    std::vector<std::uint8_t> into;
    const auto found = store.read(key, [&](const PreparedPixels& pixels, std::size_t& row_pitch) {
        row_pitch = pitch;
        into.assign(pitch * static_cast<std::size_t>(pixels.height), 0xEE);
        return into.data();
    });
    if (!found) return {};
    if (info) *info = *found;
    return into;
}

}  // namespace

TEST_CASE("prepared slides: the folder follows XDG_CACHE_HOME, then HOME") {
    CHECK(PreparedSlides::default_folder("/x/cache", "/home/a") == "/x/cache/lightning/slides");
    CHECK(PreparedSlides::default_folder(nullptr, "/home/a") == "/home/a/.cache/lightning/slides");
    CHECK(PreparedSlides::default_folder("relative", "/home/a") ==
          "/home/a/.cache/lightning/slides");  // a relative XDG path is ignored, as XDG says
    CHECK(PreparedSlides::default_folder(nullptr, nullptr).empty());
}

TEST_CASE("prepared slides: kept pixels are read back exactly, whatever the row pitch") {
    TempDeck deck;
    deck.file("a.png", "the first picture's bytes");
    PreparedSlides store(deck.root() / "cache");
    const auto key = store.key_for(deck.path() / "a.png", -1, 1920, 1080, 1);
    REQUIRE(key);
    const int w = 5, h = 3;
    const auto source = picture(w, h, 24, 1);  // padded rows
    const PreparedPixels info{0x16362004u, w, h, 40, 24};
    REQUIRE(store.write(*key, info, source.data(), 24));

    PreparedPixels got;
    const auto packed = read_back(store, *key, 20, &got);
    REQUIRE(packed.size() == 60);
    CHECK(got.format == info.format);
    CHECK(got.width == w);
    CHECK(got.height == h);
    CHECK(got.source_width == 40);
    CHECK(got.source_height == 24);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w * 4; ++x)
            CHECK(packed[static_cast<std::size_t>(y * 20 + x)] ==
                  source[static_cast<std::size_t>(y * 24 + x)]);
    const auto padded = read_back(store, *key, 32);
    REQUIRE(padded.size() == 96);
    CHECK(padded[32 + 19] == source[24 + 19]);
    CHECK(padded[20] == 0xEE);  // the padding is left alone
}

TEST_CASE("prepared slides: a changed file, another size, page or variant is another key") {
    TempDeck deck;
    deck.file("a.png", "version one");
    PreparedSlides store(deck.root() / "cache");
    const auto file = deck.path() / "a.png";
    const auto first = store.key_for(file, -1, 1920, 1080, 1);
    REQUIRE(first);
    CHECK(store.key_for(file, -1, 1920, 1080, 1) == first);  // the same content: the same key
    CHECK(store.key_for(file, -1, 1280, 720, 1) != first);
    CHECK(store.key_for(file, 0, 1920, 1080, 1) != first);
    CHECK(store.key_for(file, -1, 1920, 1080, 0) != first);
    const auto pixels = picture(2, 2, 8, 3);
    REQUIRE(store.write(*first, PreparedPixels{1, 2, 2, 2, 2}, pixels.data(), 8));

    deck.file("a.png", "version two");  // same length, other bytes: the slide was re-exported
    const auto second = store.key_for(file, -1, 1920, 1080, 1);
    REQUIRE(second);
    CHECK(second != first);
    CHECK(read_back(store, *second, 8).empty());  // never the old pixels
    CHECK(!store.key_for(deck.path() / "missing.png", -1, 1920, 1080, 1));
}

TEST_CASE("prepared slides: a damaged entry is a miss and is removed") {
    TempDeck deck;
    deck.file("a.png", "bytes");
    PreparedSlides store(deck.root() / "cache");
    const auto key = store.key_for(deck.path() / "a.png", -1, 64, 64, 1);
    REQUIRE(key);
    const auto pixels = picture(4, 4, 16, 5);
    REQUIRE(store.write(*key, PreparedPixels{1, 4, 4, 4, 4}, pixels.data(), 16));
    const auto entry = deck.root() / "cache" / (*key + ".slide");
    REQUIRE(std::filesystem::exists(entry));
    std::filesystem::resize_file(entry, std::filesystem::file_size(entry) - 5);  // cut short
    CHECK(read_back(store, *key, 16).empty());
    CHECK(!std::filesystem::exists(entry));

    std::ofstream(entry, std::ios::binary) << "not an entry at all";
    CHECK(read_back(store, *key, 16).empty());
    CHECK(!std::filesystem::exists(entry));
}

TEST_CASE("prepared slides: a folder that cannot be written is no error, and is tried once") {
    TempDeck deck;
    deck.file("a.png", "bytes");
    deck.file("blocker", "a file where the folder should be");
    PreparedSlides store(deck.path() / "blocker" / "slides");
    const auto key = store.key_for(deck.path() / "a.png", -1, 64, 64, 1);
    REQUIRE(key);
    const auto pixels = picture(2, 2, 8, 1);
    CHECK(!store.write(*key, PreparedPixels{1, 2, 2, 2, 2}, pixels.data(), 8));
    CHECK(!store.write(*key, PreparedPixels{1, 2, 2, 2, 2}, pixels.data(), 8));
    CHECK(read_back(store, *key, 8).empty());

    PreparedSlides disabled{std::filesystem::path()};
    CHECK(!disabled.enabled());
    CHECK(!disabled.key_for(deck.path() / "a.png", -1, 64, 64, 1));
    CHECK(!disabled.write("k", PreparedPixels{1, 2, 2, 2, 2}, pixels.data(), 8));
}

TEST_CASE("prepared slides: past its limit the folder drops the least recently used") {
    TempDeck deck;
    const auto folder = deck.root() / "cache";
    std::filesystem::create_directories(folder);
    // Three old entries of 32 + 400 bytes, used 3, 1 and 2 hours ago.
    const auto pixels = picture(10, 10, 40, 9);
    {
        PreparedSlides writer(folder);
        for (const char* key : {"old-a", "old-b", "old-c"})
            REQUIRE(writer.write(key, PreparedPixels{1, 10, 10, 10, 10}, pixels.data(), 40));
    }
    // Times relative to now (the clock of file times has its own epoch).
    const auto now = std::filesystem::last_write_time(folder / "old-a.slide");
    const auto set_time = [&](const char* key, int hours_ago) {
        std::filesystem::last_write_time(folder / (std::string(key) + ".slide"),
                                         now - std::chrono::hours(hours_ago));
    };
    set_time("old-a", 3);
    set_time("old-b", 1);
    set_time("old-c", 2);
    std::ofstream(folder / "x.slide.tmp-999999999-1") << "left by a writer killed long ago";
    // A limit of three entries: a fourth makes four, and it drops to 3/4 of the limit (two).
    PreparedSlides store(folder, 3 * 432);
    REQUIRE(store.write("new", PreparedPixels{1, 10, 10, 10, 10}, pixels.data(), 40));
    CHECK(!std::filesystem::exists(folder / "old-a.slide"));
    CHECK(!std::filesystem::exists(folder / "old-c.slide"));
    CHECK(std::filesystem::exists(folder / "old-b.slide"));
    CHECK(std::filesystem::exists(folder / "new.slide"));
    CHECK(!std::filesystem::exists(folder / "x.slide.tmp-999999999-1"));
}

TEST_CASE("prepared slides: writes handed to the background are done by finish_writes") {
    TempDeck deck;
    PreparedSlides store(deck.root() / "cache");
    const auto pixels = picture(3, 2, 12, 4);
    CHECK(store.write_later("later", PreparedPixels{7, 3, 2, 6, 4}, pixels));
    store.finish_writes();
    PreparedPixels info;
    CHECK(read_back(store, "later", 12, &info) == pixels);
    CHECK(info.source_width == 6);
    // Never more than kPendingWrites wait: a burst keeps some and drops the rest, never blocks.
    int accepted = 0;
    for (int i = 0; i < 50; ++i)
        accepted +=
            store.write_later("burst-" + std::to_string(i), PreparedPixels{7, 3, 2, 3, 2}, pixels);
    store.finish_writes();
    CHECK(accepted >= static_cast<int>(PreparedSlides::kPendingWrites));
    for (int i = 0; i < 50; ++i) {
        const auto back = read_back(store, "burst-" + std::to_string(i), 12);
        CHECK((back.empty() || back == pixels));
    }
}
