#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../support/plans.hpp"
#include "../support/temp_deck.hpp"
#include "core/deck/deck.hpp"

using namespace lightning;
using namespace lightning::testing;
using lightning::testing::TempDeck;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> names(const Deck& deck) {
    std::vector<std::string> out;
    for (const auto& slide : deck.slides) out.push_back(slide.file);
    return out;
}

// The message of the DeckError that loading `folder` throws ("" when it loads).
std::string load_error(const fs::path& folder) {
    try {
        load_deck(folder);
    } catch (const DeckError& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("a folder of images is a deck in natural order") {
    TempDeck dir;
    dir.file("Slide10.png").file("Slide2.png").file("Slide1.png").file("Slide02.png");

    const Deck deck = load_deck(dir.path());
    CHECK(names(deck) ==
          std::vector<std::string>{"Slide1.png", "Slide2.png", "Slide02.png", "Slide10.png"});
    CHECK(deck.folder == dir.path());
    CHECK(deck.title == "deck");  // the folder's name when there is no deck.toml
    CHECK(deck.speaker.empty());
    CHECK(deck.toml_path.empty());
    CHECK(deck.format == TalkFormat::FiveMinutes);
    CHECK_FALSE(deck.total.has_value());
    CHECK(deck.warnings.empty());
    CHECK(deck.ignored_files.empty());
    for (const auto& slide : deck.slides) {
        CAPTURE(slide.file);
        CHECK(slide.path == dir.path() / slide.file);
        CHECK_FALSE(slide.planned.has_value());
        CHECK(slide.notes.empty());
        CHECK(slide.toml_line == 0);
    }

    SUBCASE("a trailing slash still names the folder") {
        CHECK(load_deck(dir.path().string() + "/").title == "deck");
    }
}

TEST_CASE("only image files are slides") {
    TempDeck dir;
    dir.file("b.png").file("a.JPG").file("c.Png").file("d.jpeg").file("e.WebP").file("f.BMP");
    dir.file("talk.pdf").file("notes.txt").file("Thumbs.db").file("logo.svg").file("README");
    dir.file(".DS_Store").file("._a.JPG").file(".hidden.png");
    fs::create_directory(dir.path() / "images.png");  // a folder, even with an image name

    const Deck deck = load_deck(dir.path());
    SUBCASE("extensions match case-insensitively") {
        CHECK(names(deck) ==
              std::vector<std::string>{"a.JPG", "b.png", "c.Png", "d.jpeg", "e.WebP", "f.BMP"});
    }
    SUBCASE("other files are listed as ignored, hidden files and folders are not") {
        CHECK(deck.ignored_files ==
              std::vector<std::string>{"logo.svg", "notes.txt", "README", "talk.pdf", "Thumbs.db"});
    }
    SUBCASE("is_slide_image") {
        CHECK(is_slide_image("x.PNG"));
        CHECK(is_slide_image("dir/x.jpg"));
        CHECK(is_slide_image("x.JpEg"));
        CHECK_FALSE(is_slide_image("x.svg"));
        CHECK_FALSE(is_slide_image("x.png.txt"));
        CHECK_FALSE(is_slide_image("png"));
        CHECK(is_slide_image("x.tiff"));
        CHECK(is_slide_image("x.qoi"));
        CHECK_FALSE(is_slide_image("IMG_0042.HEIC"));
        CHECK_FALSE(is_slide_image("x.avif"));
    }
    SUBCASE("pictures that are not shown come with how to convert them") {
        CHECK(unsupported_picture_advice("IMG_0042.HEIC").find("a HEIC picture") == 0);
        CHECK(unsupported_picture_advice("x.svg").find("rsvg-convert") != std::string::npos);
        CHECK(unsupported_picture_advice("PSD").find("a PSD picture") == 0);
        CHECK(unsupported_picture_advice("notes.txt").empty());
    }
}

TEST_CASE("deck.toml may not reach outside the deck folder") {
    TempDeck dir;
    dir.file("a.png");
    SUBCASE("a .. that leaves it is an error naming the line") {
        dir.file("deck.toml", "[[slide]]\nfile = \"a.png\"\n\n[[slide]]\nfile = \"../b.png\"\n");
        CHECK(load_error(dir.path())
                  .find("deck.toml:4: slide file \"../b.png\" is outside the deck folder") !=
              std::string::npos);
    }
    SUBCASE("so is an absolute path") {
        dir.file("deck.toml", "[[slide]]\nfile = \"/etc/hostname\"\n");
        CHECK(load_error(dir.path()).find("deck.toml:1: slide file \"/etc/hostname\" is outside") !=
              std::string::npos);
    }
    SUBCASE("a .. that stays inside is fine") {
        fs::create_directory(dir.path() / "sub");
        dir.file("deck.toml", "[[slide]]\nfile = \"sub/../a.png\"\n");
        CHECK(load_error(dir.path()).empty());
    }
    SUBCASE("a symbolic link to a picture outside plays, with a warning") {
        TempDeck other;
        other.file("secret.png");
        fs::create_symlink(other.path() / "secret.png", dir.path() / "b.png");
        const Deck deck = load_deck(dir.path());
        REQUIRE(deck.warnings.size() == 1);
        CHECK(deck.warnings[0].find("\"b.png\" is a symbolic link that leads outside") !=
              std::string::npos);
    }
    SUBCASE("a deck.toml with a byte order mark is read") {
        dir.file("deck.toml", "\xEF\xBB\xBFtitle = \"Windows\"\n");
        CHECK(load_deck(dir.path()).title == "Windows");
    }
}

TEST_CASE("UTF-8 and spaced file names load in natural order") {
    TempDeck dir;
    dir.file("슬라이드 10.png").file("슬라이드 2.png").file("My Talk 1.png");
    const Deck deck = load_deck(dir.path());
    CHECK(names(deck) ==
          std::vector<std::string>{"My Talk 1.png", "슬라이드 2.png", "슬라이드 10.png"});
}

TEST_CASE("deck.toml sets title, speaker, format and total") {
    TempDeck dir;
    dir.slides(3);
    SUBCASE("title, speaker, format") {
        dir.toml("title = \"Hard Clock\"\nspeaker = \"Ada L.\"\nformat = \"ignite\"\n");
        const Deck deck = load_deck(dir.path());
        CHECK(deck.title == "Hard Clock");
        CHECK(deck.speaker == "Ada L.");
        CHECK(deck.format == TalkFormat::Ignite);
        CHECK(deck.format_line == 3);
        CHECK(deck.toml_path == dir.path() / "deck.toml");
        CHECK(names(deck) == std::vector<std::string>{"slide1.png", "slide2.png", "slide3.png"});
        CHECK(deck.warnings.empty());
        CHECK(deck.ignored_files.empty());  // deck.toml is not an ignored file
    }
    SUBCASE("pechakucha and five-minutes") {
        dir.toml("format = \"pechakucha\"\n");
        CHECK(load_deck(dir.path()).format == TalkFormat::PechaKucha);
        dir.toml("format = \"five-minutes\"\n");
        CHECK(load_deck(dir.path()).format == TalkFormat::FiveMinutes);
    }
    SUBCASE("total as m:ss text or a number of seconds") {
        dir.toml("title = \"x\"\n\ntotal = \"0:10\"\n");
        Deck deck = load_deck(dir.path());
        CHECK(deck.total == Millis{10'000});
        CHECK(deck.total_line == 3);
        dir.toml("total = 90\n");
        CHECK(load_deck(dir.path()).total == Millis{90'000});
        dir.toml("total = 7.5\n");
        CHECK(load_deck(dir.path()).total == Millis{7'500});
    }
}

TEST_CASE("[[slide]] entries give the order, the set, the seconds and the notes") {
    TempDeck dir;
    dir.file("a.png").file("b.png").file("c.png").file("d.png");
    dir.toml(R"(title = "Ordered"

[[slide]]
file = "c.png"
seconds = 20
notes = "open with the story"

[[slide]]
file = "a.png"
seconds = "0:12.5"

[[slide]]
file = "b.png"
)");
    const Deck deck = load_deck(dir.path());
    REQUIRE(names(deck) == std::vector<std::string>{"c.png", "a.png", "b.png"});
    CHECK(deck.slides[0].planned == Millis{20'000});
    CHECK(deck.slides[0].notes == "open with the story");
    CHECK(deck.slides[0].toml_line == 3);
    CHECK(deck.slides[0].path == dir.path() / "c.png");
    CHECK(deck.slides[1].planned == Millis{12'500});
    CHECK(deck.slides[1].notes.empty());
    CHECK(deck.slides[1].toml_line == 8);
    CHECK_FALSE(deck.slides[2].planned.has_value());
    CHECK(deck.slides[2].toml_line == 12);

    SUBCASE("an image not listed is left out, with a warning naming it") {
        REQUIRE(deck.warnings.size() == 1);
        CHECK(deck.left_out == std::vector<std::string>{"d.png"});
        CHECK(has(deck.warnings[0], "leave out 1 image of the folder (d.png), so it is not shown"));
        CHECK(deck.warnings[0] == left_out_warning(deck));
    }
}

TEST_CASE("deck.toml mistakes are errors naming the line") {
    TempDeck dir;
    dir.slides(2);
    SUBCASE("a [[slide]] whose file does not exist") {
        dir.toml("[[slide]]\nfile = \"slide1.png\"\n\n[[slide]]\nfile = \"slide9.png\"\n");
        const auto message = load_error(dir.path());
        INFO(message);
        CHECK(has(message, "deck.toml:4: "));
        CHECK(has(message, "slide9.png"));
    }
    SUBCASE("a [[slide]] without file") {
        dir.toml("[[slide]]\nfile = \"slide1.png\"\n[[slide]]\nnotes = \"x\"\n");
        const auto message = load_error(dir.path());
        INFO(message);
        CHECK(has(message, "deck.toml:3: "));
    }
    SUBCASE("unknown format") {
        dir.toml("title = \"x\"\nformat = \"sprint\"\n");
        const auto message = load_error(dir.path());
        INFO(message);
        CHECK(has(message, "deck.toml:2: "));
        CHECK(has(message, "\"sprint\""));
    }
    SUBCASE("malformed seconds") {
        dir.toml("[[slide]]\nfile = \"slide1.png\"\nseconds = \"5:7x\"\n");
        const auto message = load_error(dir.path());
        INFO(message);
        CHECK(has(message, "deck.toml:3: "));
        CHECK(has(message, "seconds"));
    }
    SUBCASE("malformed total") {
        dir.toml("title = \"x\"\ntotal = \"5:7x\"\n");
        const auto message = load_error(dir.path());
        INFO(message);
        CHECK(has(message, "deck.toml:2: "));
    }
    SUBCASE("zero or negative time") {
        dir.toml("\n\ntotal = 0\n");
        CHECK(has(load_error(dir.path()), "deck.toml:3: "));
        dir.toml("total = -5\n");
        CHECK(has(load_error(dir.path()), "deck.toml:1: "));
    }
    SUBCASE("a value of the wrong type") {
        dir.toml("speaker = \"Ada\"\ntitle = 5\n");
        const auto message = load_error(dir.path());
        INFO(message);
        CHECK(has(message, "deck.toml:2: "));
        CHECK(has(message, "title"));
        CHECK(has(message, "an integer"));
    }
    SUBCASE("seconds of the wrong type") {
        dir.toml("[[slide]]\nfile = \"slide1.png\"\nseconds = true\n");
        CHECK(has(load_error(dir.path()), "deck.toml:3: "));
    }
    SUBCASE("slide written as a plain key") {
        dir.toml("title = \"x\"\nslide = \"slide1.png\"\n");
        CHECK(has(load_error(dir.path()), "deck.toml:2: "));
    }
    SUBCASE("invalid TOML") {
        dir.toml("title = \"x\"\nspeaker = \"Ada\"\nformat = ignite\n");
        const auto message = load_error(dir.path());
        INFO(message);
        CHECK(has(message, "deck.toml:3: "));
        CHECK(has(message, "not valid TOML"));
    }
    SUBCASE("an unterminated string") {
        dir.toml("title = \"x\"\n\n\nspeaker = \"Ada\n");
        CHECK(has(load_error(dir.path()), "deck.toml:4: "));
    }
}

TEST_CASE("unknown keys are warnings naming the line, not errors") {
    TempDeck dir;
    dir.slides(2);
    dir.toml(
        "title = \"x\"\ntheme = \"dark\"\n\n[[slide]]\nfile = \"slide1.png\"\n"
        "colour = \"red\"\n\n[[slide]]\nfile = \"slide2.png\"\n");
    Deck deck;
    REQUIRE_NOTHROW(deck = load_deck(dir.path()));
    CHECK(deck.title == "x");
    CHECK(names(deck) == std::vector<std::string>{"slide1.png", "slide2.png"});
    REQUIRE(deck.warnings.size() == 2);
    // toml++ tables iterate in key order: the [[slide]] array ("slide") before "theme".
    INFO(deck.warnings[0]);
    INFO(deck.warnings[1]);
    CHECK(has(deck.warnings[0], "deck.toml:6: "));
    CHECK(has(deck.warnings[0], "colour"));
    CHECK(has(deck.warnings[1], "deck.toml:2: "));
    CHECK(has(deck.warnings[1], "theme"));
}

TEST_CASE("a slide listed twice is shown twice, with a warning") {
    TempDeck dir;
    dir.slides(1);
    dir.toml("[[slide]]\nfile = \"slide1.png\"\n[[slide]]\nfile = \"slide1.png\"\n");
    const Deck deck = load_deck(dir.path());
    CHECK(names(deck) == std::vector<std::string>{"slide1.png", "slide1.png"});
    REQUIRE(deck.warnings.size() == 1);
    CHECK(has(deck.warnings[0], "deck.toml:3: "));
}

TEST_CASE("a folder that is not a deck is an error naming it") {
    TempDeck dir;
    SUBCASE("empty folder") {
        const auto message = load_error(dir.path());
        INFO(message);
        CHECK(has(message, dir.path().string()));
        CHECK(has(message, "no slides"));
    }
    SUBCASE("only non-image files") {
        dir.file("notes.txt").file(".hidden.png");
        const auto message = load_error(dir.path());
        INFO(message);
        CHECK(has(message, dir.path().string()));
        CHECK(has(message, "no slides"));
    }
    SUBCASE("nonexistent folder") {
        const auto missing = dir.root() / "no-such-deck";
        const auto message = load_error(missing);
        INFO(message);
        CHECK(has(message, missing.string()));
        CHECK(has(message, "does not exist"));
        CHECK_THROWS_AS(load_deck(missing), DeckError);
    }
    SUBCASE("a file, not a folder") {
        dir.file("slide1.png");
        const auto file = dir.path() / "slide1.png";
        const auto message = load_error(file);
        INFO(message);
        CHECK(has(message, "not a folder"));
    }
}

TEST_CASE("format names round-trip") {
    for (auto format : {TalkFormat::FiveMinutes, TalkFormat::Ignite, TalkFormat::PechaKucha})
        CHECK(parse_format(format_name(format)) == format);
    CHECK(format_name(TalkFormat::Ignite) == "ignite");
    CHECK_FALSE(parse_format("Ignite").has_value());
    CHECK_FALSE(parse_format("").has_value());
}

TEST_CASE("one [[slide]] that adds a note leaves the rest out, said once with the count") {
    TempDeck dir;
    dir.slides(20);
    dir.toml("[[slide]]\nfile = \"slide1.png\"\nnotes = \"say hello\"\n");
    const Deck deck = load_deck(dir.path());
    // The entries give the order and the set (as they always have): one slide is shown...
    REQUIRE(deck.slides.size() == 1);
    CHECK(deck.left_out.size() == 19);
    // ...and one warning, not nineteen, says so with the count and what to do.
    REQUIRE(deck.warnings.size() == 1);
    const std::string& warning = deck.warnings[0];
    CHECK(has(warning,
              "leave out 19 images of the folder (slide2.png, slide3.png, slide4.png "
              "and 16 more), so they are not shown"));
    CHECK(has(warning, "remove the [[slide]] entries to show the whole folder (1 listed now)"));
    CHECK(left_out_warning(deck) == warning);
}
