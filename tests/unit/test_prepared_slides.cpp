// Prepared slides on disk: what is kept is what is read back, a changed slide never shows old
// pixels, a damaged, swapped or resized entry is a miss, a folder that cannot be written is no
// error, and the folder stays within its limit without ever deleting a file that is not its own.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <vector>

#include "../support/temp_deck.hpp"
#include "core/deck/module_file.hpp"
#include "core/deck/prepared_slides.hpp"

using namespace lightning;
using lightning::testing::read_text;
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
std::vector<std::uint8_t> read_back(const PreparedSlides& store, const PreparedKey& key,
                                    std::size_t pitch, PreparedPixels* info = nullptr,
                                    bool* allocated = nullptr) {
    std::vector<std::uint8_t> into;
    const auto found = store.read(key, [&](const PreparedPixels& pixels, std::size_t& row_pitch) {
        if (allocated) *allocated = true;
        row_pitch = pitch;
        into.assign(pitch * static_cast<std::size_t>(pixels.height), 0xEE);
        return into.data();
    });
    if (!found) return {};
    if (info) *info = *found;
    return into;
}

std::optional<PreparedKey> key_of(const PreparedSlides& store, const std::filesystem::path& file,
                                  int page, int box_w, int box_h, int variant) {
    const PinnedFile pinned(file);
    return store.key_for(pinned, page, box_w, box_h, variant);
}

void spill(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
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
    const int w = 5, h = 3;
    const auto key = key_of(store, deck.path() / "a.png", -1, w, 4, 1);
    REQUIRE(key);
    const auto source = picture(w, h, 24, 1);  // padded rows
    const PreparedPixels info{0x16362004u, w, h, 40, 24};
    REQUIRE(store.write(*key, info, source.data(), 24));
    CHECK(store.has(*key));

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
    const auto first = key_of(store, file, -1, 2, 2, 1);
    REQUIRE(first);
    CHECK(key_of(store, file, -1, 2, 2, 1) == first);  // the same content: the same key
    CHECK(key_of(store, file, -1, 1280, 720, 1) != first);
    CHECK(key_of(store, file, 0, 2, 2, 1) != first);
    CHECK(key_of(store, file, -1, 2, 2, 0) != first);
    const auto pixels = picture(2, 2, 8, 3);
    REQUIRE(store.write(*first, PreparedPixels{1, 2, 2, 2, 2}, pixels.data(), 8));

    deck.file("a.png", "version two");  // same length, other bytes: the slide was re-exported
    const auto second = key_of(store, file, -1, 2, 2, 1);
    REQUIRE(second);
    CHECK(second != first);
    CHECK(read_back(store, *second, 8).empty());  // never the old pixels
    CHECK(!key_of(store, deck.path() / "missing.png", -1, 2, 2, 1));
}

TEST_CASE("prepared slides: the key is of the bytes read through the pinned file") {
    // A deck copied over (by rename) while it is read: the key of the file that was opened,
    // whose bytes are decoded, not of the file the name points to by then.
    TempDeck deck;
    deck.file("a.png", "the old slide");
    deck.file("b.png", "the new slide, another length");
    PreparedSlides store(deck.root() / "cache");
    const auto old_key = key_of(store, deck.path() / "a.png", -1, 2, 2, 1);
    const PinnedFile pinned(deck.path() / "a.png");
    REQUIRE(pinned.ok());
    std::filesystem::rename(deck.path() / "b.png", deck.path() / "a.png");
    CHECK(store.key_for(pinned, -1, 2, 2, 1) == old_key);
    CHECK(read_text(pinned.reopen_path()) == "the old slide");  // what the decoder reads
    // Unlinked by the rename, its change time moved: what is decoded from it is shown, not
    // kept (strict on purpose: the next play keeps the new file's pixels).
    CHECK(!pinned.unchanged());
    CHECK(key_of(store, deck.path() / "a.png", -1, 2, 2, 1) != old_key);

    // Rewritten in place (cp over it): the pinned file says so, and nothing is kept from it.
    const PinnedFile rewritten(deck.path() / "a.png");
    deck.file("a.png", "copied over in place");
    CHECK(!rewritten.unchanged());
}

TEST_CASE("prepared slides: an entry cut short, zeroed, flipped, swapped or resized is a miss") {
    TempDeck deck;
    deck.file("a.png", "slide a");
    deck.file("b.png", "slide b");
    const auto folder = deck.root() / "cache";
    PreparedSlides store(folder);
    const auto key = key_of(store, deck.path() / "a.png", -1, 4, 4, 1);
    const auto other = key_of(store, deck.path() / "b.png", -1, 4, 4, 1);
    REQUIRE(key);
    REQUIRE(other);
    const auto pixels = picture(4, 4, 16, 5);
    const auto entry = folder / (key->name + ".slide");
    const auto rewrite = [&] {
        std::filesystem::remove(entry);
        REQUIRE(store.write(*key, PreparedPixels{1, 4, 4, 4, 4}, pixels.data(), 16));
        REQUIRE(read_back(store, *key, 16) == pixels);
        return read_text(entry);
    };
    const std::string whole = rewrite();

    SUBCASE("cut short: a miss, and removed") {
        std::filesystem::resize_file(entry, whole.size() - 5);
        CHECK(read_back(store, *key, 16).empty());
        CHECK(!std::filesystem::exists(entry));
    }
    SUBCASE("one pixel byte flipped: a miss, and removed") {
        std::string flipped = whole;
        flipped[flipped.size() - 7] = static_cast<char>(flipped[flipped.size() - 7] ^ 0x10);
        spill(entry, flipped);
        CHECK(!store.has(*key));
        spill(entry, flipped);
        CHECK(read_back(store, *key, 16).empty());
        CHECK(!std::filesystem::exists(entry));
    }
    SUBCASE("zeroed: not recognisably the store's, so a miss that is left alone") {
        spill(entry, std::string(whole.size(), '\0'));
        CHECK(read_back(store, *key, 16).empty());
        CHECK(!store.has(*key));
        CHECK(std::filesystem::exists(entry));
    }
    SUBCASE("another slide's entry under this name: a miss") {
        REQUIRE(
            store.write(*other, PreparedPixels{1, 4, 4, 4, 4}, picture(4, 4, 16, 9).data(), 16));
        std::filesystem::copy_file(folder / (other->name + ".slide"), entry,
                                   std::filesystem::copy_options::overwrite_existing);
        CHECK(read_back(store, *key, 16).empty());
        CHECK(!store.has(*key));
    }
    SUBCASE("a picture that does not fit the box it is asked for: a miss") {
        // The same content kept for a 4x4 box asked for as a 64x64 one (a forged header could do
        // the same): drawn 1:1 it would be cropped or tiny, so it is decoded instead.
        PreparedKey bigger = *key;
        bigger.box_w = bigger.box_h = 64;
        CHECK(read_back(store, bigger, 16).empty());
    }
    SUBCASE("a header claiming 20000x20000: a miss before anything is allocated") {
        std::string forged = whole;
        for (int at : {12, 16}) {  // width, height
            forged[static_cast<std::size_t>(at)] = static_cast<char>(20000 & 0xFF);
            forged[static_cast<std::size_t>(at) + 1] = static_cast<char>(20000 >> 8);
        }
        spill(entry, forged);
        PreparedKey huge = *key;
        huge.box_w = huge.box_h = 20000;
        bool allocated = false;
        CHECK(read_back(store, huge, 80000, nullptr, &allocated).empty());
        CHECK(!allocated);
    }
}

TEST_CASE("prepared slides: a folder that cannot be written is no error, and is tried once") {
    TempDeck deck;
    deck.file("a.png", "bytes");
    deck.file("blocker", "a file where the folder should be");
    PreparedSlides store(deck.path() / "blocker" / "slides");
    const auto key = key_of(store, deck.path() / "a.png", -1, 2, 2, 1);
    REQUIRE(key);
    const auto pixels = picture(2, 2, 8, 1);
    CHECK(!store.write(*key, PreparedPixels{1, 2, 2, 2, 2}, pixels.data(), 8));
    CHECK(!store.write(*key, PreparedPixels{1, 2, 2, 2, 2}, pixels.data(), 8));
    CHECK(read_back(store, *key, 8).empty());

    PreparedSlides disabled{std::filesystem::path()};
    CHECK(!disabled.enabled());
    CHECK(!key_of(disabled, deck.path() / "a.png", -1, 2, 2, 1));
    CHECK(!disabled.write(*key, PreparedPixels{1, 2, 2, 2, 2}, pixels.data(), 8));
}

namespace {

// A key of the store's own shape for content `n` (no file needed).
PreparedKey made_up_key(int n, int box) {
    char name[96];
    std::snprintf(name, sizeof name, "%016x-%d-p-1-%dx%d-v1-r%d", n, n, box, box,
                  PreparedSlides::kDecoderRevision);
    return PreparedKey{name, box, box};
}

}  // namespace

TEST_CASE("prepared slides: past its limit the folder drops its least recently used entries") {
    TempDeck deck;
    const auto folder = deck.root() / "cache";
    std::filesystem::create_directories(folder);
    // Three old entries of 128 + 400 bytes, used 3, 1 and 2 hours ago.
    const auto pixels = picture(10, 10, 40, 9);
    const PreparedKey old_a = made_up_key(1, 10), old_b = made_up_key(2, 10),
                      old_c = made_up_key(3, 10), fresh = made_up_key(4, 10);
    {
        PreparedSlides writer(folder);
        for (const auto& key : {old_a, old_b, old_c})
            REQUIRE(writer.write(key, PreparedPixels{1, 10, 10, 10, 10}, pixels.data(), 40));
    }
    const auto path = [&](const PreparedKey& key) { return folder / (key.name + ".slide"); };
    // Times relative to now (the clock of file times has its own epoch).
    const auto now = std::filesystem::last_write_time(path(old_a));
    std::filesystem::last_write_time(path(old_a), now - std::chrono::hours(3));
    std::filesystem::last_write_time(path(old_b), now - std::chrono::hours(1));
    std::filesystem::last_write_time(path(old_c), now - std::chrono::hours(2));
    const std::string dead_writer = fresh.name + ".slide.tmp-999999999-1";
    spill(folder / dead_writer, "LTSLIDE2 and the start of an entry");
    // Other people's files, older than everything: never the store's to delete.
    for (const char* stranger : {"holiday.iso", "notes.txt", "photo.tmp-999999.jpg",
                                 "0000000000000009-9-p-1-10x10-v1-r2.slide"})
        spill(folder / stranger, std::string(600, 'x'));
    for (const char* stranger : {"holiday.iso", "notes.txt"})
        std::filesystem::last_write_time(folder / stranger, now - std::chrono::hours(30));
    // A limit of three entries: a fourth makes four, and it drops to 3/4 of the limit (two).
    PreparedSlides store(folder, 3 * 528);
    REQUIRE(store.write(fresh, PreparedPixels{1, 10, 10, 10, 10}, pixels.data(), 40));
    CHECK(!std::filesystem::exists(path(old_a)));
    CHECK(!std::filesystem::exists(path(old_c)));
    CHECK(std::filesystem::exists(path(old_b)));
    CHECK(std::filesystem::exists(path(fresh)));
    CHECK(!std::filesystem::exists(folder / dead_writer));
    for (const char* stranger : {"holiday.iso", "notes.txt", "photo.tmp-999999.jpg",
                                 "0000000000000009-9-p-1-10x10-v1-r2.slide"})
        CHECK(std::filesystem::exists(folder / stranger));
}

TEST_CASE("prepared slides: a folder that is a link is never pruned, a link inside never read") {
    TempDeck deck;
    const auto elsewhere = deck.root() / "downloads";
    std::filesystem::create_directories(elsewhere);
    const auto pixels = picture(10, 10, 40, 2);
    const PreparedKey first = made_up_key(1, 10), second = made_up_key(2, 10);
    {
        PreparedSlides direct(elsewhere);
        REQUIRE(direct.write(first, PreparedPixels{1, 10, 10, 10, 10}, pixels.data(), 40));
    }
    spill(elsewhere / "holiday.iso", std::string(4000, 'x'));
    std::filesystem::create_directory_symlink(elsewhere, deck.root() / "cache");
    PreparedSlides store(deck.root() / "cache", 100);  // far over its limit
    REQUIRE(store.write(second, PreparedPixels{1, 10, 10, 10, 10}, pixels.data(), 40));
    CHECK(std::filesystem::exists(elsewhere / "holiday.iso"));
    CHECK(std::filesystem::exists(elsewhere / (first.name + ".slide")));

    // An entry that is a link to a file elsewhere is not read, not deleted, not written through.
    const auto target = deck.root() / "target";
    {
        PreparedSlides direct(deck.root() / "real");
        REQUIRE(direct.write(second, PreparedPixels{1, 10, 10, 10, 10}, pixels.data(), 40));
        std::filesystem::copy_file(deck.root() / "real" / (second.name + ".slide"), target);
    }
    const auto linked = deck.root() / "linked";
    std::filesystem::create_directories(linked);
    std::filesystem::create_symlink(target, linked / (second.name + ".slide"));
    PreparedSlides through(linked);
    CHECK(read_back(through, second, 40).empty());
    CHECK(!through.has(second));
    CHECK(std::filesystem::is_symlink(linked / (second.name + ".slide")));
    CHECK(!through.write(second, PreparedPixels{1, 10, 10, 10, 10}, pixels.data(), 40));
    CHECK(std::filesystem::exists(target));
}

TEST_CASE("prepared slides: writes handed to the background are done by finish_writes") {
    TempDeck deck;
    PreparedSlides store(deck.root() / "cache");
    const auto pixels = picture(3, 2, 12, 4);
    const PreparedKey later{made_up_key(7, 3).name, 3, 3};
    CHECK(store.write_later(later, PreparedPixels{7, 3, 2, 6, 4}, pixels));
    store.finish_writes();
    PreparedPixels info;
    CHECK(read_back(store, later, 12, &info) == pixels);
    CHECK(info.source_width == 6);
    // Never more than kPendingWrites wait: a burst keeps some and drops the rest, never blocks.
    int accepted = 0;
    for (int i = 0; i < 50; ++i)
        accepted += store.write_later(PreparedKey{made_up_key(100 + i, 3).name, 3, 3},
                                      PreparedPixels{7, 3, 2, 3, 2}, pixels);
    store.finish_writes();
    CHECK(accepted >= static_cast<int>(PreparedSlides::kPendingWrites));
    for (int i = 0; i < 50; ++i) {
        const auto back = read_back(store, PreparedKey{made_up_key(100 + i, 3).name, 3, 3}, 12);
        CHECK((back.empty() || back == pixels));
    }
}

TEST_CASE("a module cut short is refused before it is loaded") {
    // The test program itself is a position-independent ELF object like lightning-pdf.so.
    TempDeck deck;
    const std::string whole = read_text("/proc/self/exe");
    REQUIRE(whole.size() > 4096);
    spill(deck.path() / "whole.so", whole);
    CHECK(module_file_problem(deck.path() / "whole.so") == "");
    spill(deck.path() / "cut.so", whole.substr(0, whole.size() / 2));
    CHECK(module_file_problem(deck.path() / "cut.so").find("cut short") != std::string::npos);
    spill(deck.path() / "tiny.so", whole.substr(0, 40));
    CHECK(!module_file_problem(deck.path() / "tiny.so").empty());
    spill(deck.path() / "text.so", "not a library");
    CHECK(module_file_problem(deck.path() / "text.so").find("ELF") != std::string::npos);
    CHECK(!module_file_problem(deck.path() / "missing.so").empty());
}
