// plan --write: the planned seconds edited into deck.toml's text line by line. Each test reads
// the result back as the player does (read_deck_toml_text + make_schedule): the schedule is
// exactly the plan, and everything else in the file is still there, byte for byte.
#include <doctest/doctest.h>

#include "../support/temp_deck.hpp"
#include "core/deck/toml_text.hpp"
#include "core/plan/deck_toml_seconds.hpp"
#include "core/time/schedule.hpp"

using namespace lightning;
using lightning::testing::TempDeck;

namespace {

const std::vector<std::string> kImages{"a.png", "b.png", "c.png"};

SecondsEdit edit_of(std::vector<long long> seconds_ms, bool pdf = false) {
    SecondsEdit edit;
    edit.total_ms = 0;
    for (const long long ms : seconds_ms) edit.total_ms += ms;
    edit.seconds_ms = std::move(seconds_ms);
    edit.files = kImages;
    edit.pdf = pdf;
    return edit;
}

// The deck `text` describes, as play reads it (an image folder of a, b, c or a 3-page PDF).
Deck deck_of(const TempDeck& folder, const std::string& text, bool pdf = false) {
    Deck deck;
    deck.folder = folder.path();
    deck.toml_path = folder.path() / "deck.toml";
    if (pdf) {
        deck.pdf = folder.path() / "talk.pdf";
        deck.pdf_pages = 3;
        deck.toml_path = folder.path() / "talk.pdf.toml";
    }
    read_deck_toml_text(deck, text, pdf ? std::vector<std::string>{} : kImages);
    if (deck.slides.empty()) {  // no [[slide]]: every image (page) in order, as load_deck does
        if (pdf) {
            for (int page = 0; page < 3; ++page) deck.slides.push_back(pdf_slide(deck, page));
        } else {
            for (const auto& image : kImages)
                deck.slides.push_back(SlideEntry{folder.path() / image, image, {}, {}, 0});
        }
    }
    return deck;
}

std::vector<long long> durations(const Deck& deck) {
    std::vector<long long> out;
    for (const auto& slide : make_schedule(deck).slides) out.push_back(slide.duration.count());
    return out;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("plan write: seconds replaced and inserted, comments and notes kept") {
    TempDeck folder;
    folder.file("a.png").file("b.png").file("c.png");
    const std::string before =
        "# My talk (keep this comment)\n"
        "title = \"Caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve\"  # Unicode title\n"
        "total = \"5:00\"\n"
        "\n"
        "[[slide]]   # the opener\n"
        "file = \"a.png\"\n"
        "seconds = 10   # was a guess\n"
        "notes = \"\"\"Say \"hello\"\n"
        "and wait for the laugh\"\"\"\n"
        "\n"
        "[[slide]]\n"
        "file = \"b.png\"\n"
        "notes = 'single # not a comment'\n"
        "[[slide]]\n"
        "notes = \"tab\\there, \\\"quoted\\\"\"\n"
        "file = \"c.png\"\n";
    const std::string after =
        with_planned_seconds(before, "deck.toml", edit_of({32'400, 150'000, 117'600}));
    CHECK(after ==
          "# My talk (keep this comment)\n"
          "title = \"Caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve\"  # Unicode title\n"
          "total = \"5:00\"\n"
          "\n"
          "[[slide]]   # the opener\n"
          "file = \"a.png\"\n"
          "seconds = 32.4   # was a guess\n"
          "notes = \"\"\"Say \"hello\"\n"
          "and wait for the laugh\"\"\"\n"
          "\n"
          "[[slide]]\n"
          "seconds = 150\n"
          "file = \"b.png\"\n"
          "notes = 'single # not a comment'\n"
          "[[slide]]\n"
          "seconds = 117.6\n"
          "notes = \"tab\\there, \\\"quoted\\\"\"\n"
          "file = \"c.png\"\n");
    const Deck deck = deck_of(folder, after);
    CHECK(durations(deck) == std::vector<long long>{32'400, 150'000, 117'600});
    CHECK(deck.slides[0].notes == "Say \"hello\"\nand wait for the laugh");
    CHECK(deck.title == "Caf\xC3\xA9 \xE2\x80\x94 na\xC3\xAFve");
}

TEST_CASE("plan write: a BOM, CRLF line endings and a differing total are kept or fixed") {
    TempDeck folder;
    folder.file("a.png").file("b.png").file("c.png");
    const std::string before =
        "\xEF\xBB\xBFtotal = 300\r\n[[slide]]\r\nfile = \"a.png\"\r\n[[slide]]\r\nfile = "
        "\"b.png\"\r\nseconds = \"1:00\"\r\n[[slide]]\r\nfile = \"c.png\"\r\n";
    const std::string after =
        with_planned_seconds(before, "deck.toml", edit_of({100'000, 100'050, 99'950}));
    CHECK(after ==
          "\xEF\xBB\xBFtotal = 300\r\n[[slide]]\r\nseconds = 100\r\nfile = \"a.png\"\r\n[[slide]]"
          "\r\nfile = \"b.png\"\r\nseconds = 100.05\r\n[[slide]]\r\nseconds = 99.95\r\nfile = "
          "\"c.png\"\r\n");
    CHECK(durations(deck_of(folder, after)) == std::vector<long long>{100'000, 100'050, 99'950});
    // --total 4:00 against total = 300: the total is rewritten too (seconds must add up to it).
    const std::string shorter =
        with_planned_seconds(before, "deck.toml", edit_of({80'000, 80'000, 80'000}));
    CHECK(shorter.rfind("\xEF\xBB\xBFtotal = 240\r\n", 0) == 0);
    CHECK(durations(deck_of(folder, shorter)) == std::vector<long long>{80'000, 80'000, 80'000});
}

TEST_CASE("plan write: no [[slide]] entries, or no file, gets one per slide appended") {
    TempDeck folder;
    folder.file("a.png").file("b.png").file("c.png");
    const std::string before = "title = \"t\"  # comment\n[settings]\noverlay-size = \"large\"";
    const std::string after =
        with_planned_seconds(before, "deck.toml", edit_of({1'000, 2'000, 3'000}));
    CHECK(after.rfind(before + "\n", 0) == 0);
    CHECK(contains(after, "[[slide]]\nfile = \"a.png\"\nseconds = 1\n"));
    const Deck deck = deck_of(folder, after);
    CHECK(deck.left_out.empty());
    CHECK(durations(deck) == std::vector<long long>{1'000, 2'000, 3'000});
    const std::string fresh = with_planned_seconds("", "deck.toml", edit_of({1'000, 2'000, 3'000}));
    CHECK(durations(deck_of(folder, fresh)) == std::vector<long long>{1'000, 2'000, 3'000});
}

TEST_CASE("plan write: talk.pdf.toml, with and without [[slide]] pages") {
    TempDeck folder;
    const std::string pages =
        "title = \"PDF\"\n[[slide]]  # page 1\nnotes = \"open\"\n[[slide]]\nseconds = 20 # x\n"
        "[[slide]]\n";
    const std::string after =
        with_planned_seconds(pages, "talk.pdf.toml", edit_of({10'000, 20'500, 30'000}, true));
    CHECK(contains(after, "seconds = 20.5 # x\n"));
    CHECK(durations(deck_of(folder, after, true)) ==
          std::vector<long long>{10'000, 20'500, 30'000});
    const std::string bare = with_planned_seconds("title = \"PDF\"\n", "talk.pdf.toml",
                                                  edit_of({1'000, 2'000, 3'000}, true));
    CHECK_FALSE(contains(bare, "file ="));
    CHECK(durations(deck_of(folder, bare, true)) == std::vector<long long>{1'000, 2'000, 3'000});
}

TEST_CASE("plan write: a talk.pdf.toml that jumps pages (page = N) keeps its order") {
    // Slides shown as page 3, page 1, then page 2 (after a jump the next entry goes on from
    // N + 1): each slide's seconds go to its entry, and the pages stay where they were.
    TempDeck folder;
    const std::string jumps =
        "[[slide]]\npage = 3 # the demo first\nseconds = 9\n[[slide]]\npage = 1\n"
        "notes = \"\"\"two\nlines\"\"\"\n[[slide]]\n";
    const Deck before = deck_of(folder, jumps, true);
    REQUIRE(before.slides.size() == 3);
    const std::string after =
        with_planned_seconds(jumps, "talk.pdf.toml", edit_of({12'300, 20'000, 7'700}, true));
    CHECK(contains(after, "page = 3 # the demo first\n"));
    CHECK(contains(after, "page = 1\n"));
    CHECK(contains(after, "notes = \"\"\"two\nlines\"\"\"\n"));
    const Deck read_back = deck_of(folder, after, true);
    REQUIRE(read_back.slides.size() == 3);
    for (size_t i = 0; i < 3; ++i) CHECK(read_back.slides[i].page == before.slides[i].page);
    CHECK(read_back.slides[0].page == 2);
    CHECK(read_back.slides[1].page == 0);
    CHECK(read_back.slides[2].page == 1);
    CHECK(read_back.slides[1].notes == "two\nlines");
    CHECK(durations(read_back) == std::vector<long long>{12'300, 20'000, 7'700});
}

TEST_CASE("plan write: slides in an inline array are refused with what to do") {
    const std::string text = "slide = [ { file = \"a.png\" }, { file = \"b.png\" } ]\n";
    try {
        with_planned_seconds(text, "deck.toml", edit_of({1'000, 2'000}));
        FAIL("an inline array was edited");
    } catch (const DeckError& error) {
        CHECK(contains(error.what(), "deck.toml:1"));
        CHECK(contains(error.what(), "[[slide]] tables"));
        CHECK(contains(error.what(), "by hand"));
    }
}

TEST_CASE("plan write: toml_seconds") {
    CHECK(toml_seconds(Millis{32'400}) == "32.4");
    CHECK(toml_seconds(Millis{30'000}) == "30");
    CHECK(toml_seconds(Millis{61'850}) == "61.85");
    CHECK(toml_seconds(Millis{61'805}) == "61.805");
    CHECK(toml_seconds(Millis{300}) == "0.3");
}

TEST_CASE("plan write: a file name that is not UTF-8 cannot be appended, and says so") {
    SecondsEdit edit = edit_of({1'000, 2'000, 3'000});
    edit.files[1] = "caf\xE9.png";  // Latin-1
    CHECK_THROWS_WITH_AS(with_planned_seconds("", "deck.toml", edit),
                         doctest::Contains("slide 2's file name is not UTF-8"), DeckError);
}
