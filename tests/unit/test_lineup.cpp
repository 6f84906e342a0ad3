// The event lineup: a lineup file or a list of decks, read with file:line errors and warnings,
// then checked talk by talk so that a broken deck shows up on its own card.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../support/plans.hpp"
#include "../support/temp_deck.hpp"
#include "core/event/lineup.hpp"

using namespace lightning;
using namespace lightning::testing;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& file, std::string_view text) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

// A deck folder of n dummy slides (load_deck reads names only) with an optional deck.toml.
fs::path make_deck(const fs::path& folder, int n, std::string_view toml = "") {
    for (int i = 1; i <= n; ++i) write(folder / ("s" + std::to_string(i) + ".png"), "dummy");
    if (!toml.empty()) write(folder / "deck.toml", toml);
    return folder;
}

// The message of the DeckError reading `text` as "lineup.toml" throws ("" when it reads).
std::string lineup_error(std::string_view text) {
    try {
        read_lineup_text(text, "lineup.toml");
    } catch (const DeckError& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("a lineup file with three talks, overrides and a name") {
    TempDeck dir;
    const fs::path lineup_file = dir.root() / "friday.toml";
    write(lineup_file,
          "name = \"Lightning talks, Friday\"\n"  // 1
          "\n"                                    // 2
          "[[talk]]\n"                            // 3
          "deck = \"talks/ada\"\n"                // 4
          "speaker = \"Ada Lovelace\"\n"          // 5
          "title = \"Engines\"\n"                 // 6
          "format = \"ignite\"\n"                 // 7
          "\n"                                    // 8
          "[[talk]]\n"                            // 9
          "deck = \"talks/grace\"\n"              // 10
          "total = \"3:00\"\n"                    // 11
          "\n"                                    // 12
          "[[talk]]\n"                            // 13
          "deck = \"talks/alan\"\n"               // 14
          "slide_seconds = 7.5\n");               // 15
    make_deck(dir.root() / "talks/ada", 20);
    make_deck(dir.root() / "talks/grace", 12,
              "title = \"Compilers\"\nspeaker = \"Grace Hopper\"\nformat = \"pechakucha\"\n");
    make_deck(dir.root() / "talks/alan", 4);

    const Lineup lineup = read_lineup(lineup_file);
    CHECK(lineup.name == "Lightning talks, Friday");
    CHECK(lineup.source == lineup_file);
    CHECK(lineup.warnings.empty());
    REQUIRE(lineup.talks.size() == 3);

    const auto& ada = lineup.talks[0];
    CHECK(ada.deck == (dir.root() / "talks/ada").string());
    CHECK(ada.speaker == "Ada Lovelace");
    CHECK(ada.title == "Engines");
    CHECK(ada.timing.format == TalkFormat::Ignite);
    CHECK_FALSE(ada.timing.total.has_value());
    CHECK(ada.toml_line == 3);

    const auto& grace = lineup.talks[1];
    CHECK(grace.speaker.empty());
    CHECK(grace.title.empty());
    CHECK(grace.timing.total == Millis{180'000});
    CHECK_FALSE(grace.timing.format.has_value());
    CHECK(grace.toml_line == 9);

    const auto& alan = lineup.talks[2];
    CHECK(alan.timing.slide_seconds == Millis{7'500});
    CHECK(alan.toml_line == 13);

    const auto checked = check_lineup(lineup);
    REQUIRE(checked.size() == 3);
    for (const auto& talk : checked) {
        CAPTURE(talk.talk.deck);
        CHECK(talk.problem.empty());
        CHECK(talk.deck.has_value());
        CHECK(talk.schedule.has_value());
    }
    CHECK(checked[0].display_title == "Engines");
    CHECK(checked[0].display_speaker == "Ada Lovelace");
    CHECK(checked[0].schedule->total == Millis{300'000});  // 20 x 15 s
    CHECK(checked[1].display_title == "Compilers");        // the deck's own
    CHECK(checked[1].display_speaker == "Grace Hopper");
    CHECK(checked[1].schedule->total == Millis{180'000});  // the lineup's total beats pechakucha
    CHECK(checked[1].schedule->slides[0].duration == Millis{15'000});
    CHECK(checked[2].display_title == "alan");  // the folder's name
    CHECK(checked[2].display_speaker.empty());
    CHECK(checked[2].schedule->total == Millis{30'000});  // 4 x 7.5 s
}

TEST_CASE("deck paths are relative to the lineup file's folder") {
    SUBCASE("a relative path starts at the file's folder, an absolute one is kept") {
        const Lineup lineup = read_lineup_text(
            "[[talk]]\ndeck = \"ada\"\n[[talk]]\ndeck = \"../shared/grace.pdf\"\n"
            "[[talk]]\ndeck = \"/srv/talks/alan\"\n",
            "/events/friday/lineup.toml");
        REQUIRE(lineup.talks.size() == 3);
        CHECK(lineup.talks[0].deck == "/events/friday/ada");
        CHECK(lineup.talks[1].deck == "/events/friday/../shared/grace.pdf");
        CHECK(lineup.talks[2].deck == "/srv/talks/alan");
        CHECK(lineup.name == "lineup");  // no name: the file's stem
    }
    SUBCASE("a lineup file in the current folder leaves paths as written") {
        const Lineup lineup = read_lineup_text("[[talk]]\ndeck = \"talks/ada\"\n", "lineup.toml");
        CHECK(lineup.talks[0].deck == "talks/ada");
    }
    SUBCASE("the decks load from anywhere") {
        TempDeck dir;
        make_deck(dir.root() / "events/talks/ada", 3);
        write(dir.root() / "events/lineup.toml", "[[talk]]\ndeck = \"talks/ada\"\n");
        const auto checked = check_lineup(read_lineup(dir.root() / "events/lineup.toml"));
        REQUIRE(checked.size() == 1);
        CHECK(checked[0].problem.empty());
        CHECK(checked[0].deck->slides.size() == 3);
    }
}

TEST_CASE("lineup mistakes are errors naming the file and line") {
    struct Case {
        const char* text;
        const char* message;  // the whole message
    };
    const Case cases[] = {
        {"name = \"x\"\n[[talk]\ndeck = \"a\"\n",
         "lineup.toml:2: not valid TOML: "},  // the rest is toml++'s
        {"name = \"x\"\ntitle = \xE2\x80\x9C"
         "Friday\xE2\x80\x9D\n",
         "lineup.toml:2: not valid TOML: \"\xE2\x80\x9C\" is a curly quote; write text in straight "
         "quotes, like title = \"My talk\""},
        {"name = 7\n[[talk]]\ndeck = \"a\"\n",
         "lineup.toml:1: name must be a string in quotes, like name = \"...\" (found an integer)"},
        {"[[talk]]\ndeck = \"a\"\n\n[[talk]]\ndeck = [\"b\"]\n",
         "lineup.toml:5: deck must be a string in quotes, like deck = \"...\" (found an array)"},
        {"[[talk]]\ndeck = \"a\"\nspeaker = true\n",
         "lineup.toml:3: speaker must be a string in quotes, like speaker = \"...\" (found "
         "true/false)"},
        {"[[talk]]\ndeck = \"a\"\n\n[[talk]]\nspeaker = \"Ada\"\n",
         "lineup.toml:4: this [[talk]] has no deck: add deck = \"folder\" (a deck folder or a PDF, "
         "relative to this file)"},
        {"[[talk]]\ndeck = \"\"\n",
         "lineup.toml:2: deck must name a deck folder or a PDF, like deck = \"talks/ada\""},
        {"[[talk]]\ndeck = \"~/talks/ada\"\n",
         "lineup.toml:2: deck = \"~/talks/ada\": ~ is not your home folder here; write the full "
         "path, or a path relative to this file"},
        {"name = \"Friday\"\n",
         "lineup.toml: the lineup has no talks: list the talks as [[talk]] tables (two brackets), "
         "one per talk, each with deck = \"...\""},
        {"",
         "lineup.toml: the lineup has no talks: list the talks as [[talk]] tables (two "
         "brackets), one per talk, each with deck = \"...\""},
        {"name = \"Friday\"\ntalk = []\n",
         "lineup.toml:2: talk = [] holds no talks: list the talks as [[talk]] tables (two "
         "brackets), one per talk, each with deck = \"...\""},
        {"name = \"Friday\"\n\n[talk]\ndeck = \"a\"\n",
         "lineup.toml:3: talk must be written as [[talk]] tables: list the talks as [[talk]] "
         "tables (two brackets), one per talk, each with deck = \"...\""},
        {"[[talk]]\ndeck = \"a\"\nformat = \"ignight\"\n",
         "lineup.toml:3: unknown format \"ignight\": use \"ignite\" (15 s a slide), \"pechakucha\" "
         "(20 s a slide) or \"five-minutes\" (the total split evenly)"},
        {"[[talk]]\ndeck = \"a\"\ntotal = \"5 minutes\"\n",
         "lineup.toml:3: total is not a valid time: write \"m:ss\" (like \"5:00\") or a number of "
         "seconds greater than 0"},
        {"[[talk]]\ndeck = \"a\"\n\nslide_seconds = 0\n",
         "lineup.toml:4: slide_seconds is not a valid time: write \"m:ss\" (like \"5:00\") or a "
         "number of seconds greater than 0"},
        {"[[talk]]\ndeck = \"a\"\ntotal = 1979-05-27\n",
         "lineup.toml:3: total must be a time like \"5:00\" or a number of seconds (found a "
         "date/time)"},
        {"[[talk]]\ndeck = \"a\"\nslide_seconds = 10\ntotal = \"3:00\"\n",
         "lineup.toml:4: give total or slide_seconds, not both: total is split evenly over the "
         "slides, slide_seconds gives every slide the same time"},
        {"[[talk]]\ndeck = \"a\"\ntotal = \"3:00\"\nformat = \"ignite\"\n",
         "lineup.toml:4: total does not apply to format \"ignite\" (15 s a slide); remove it or "
         "use format = \"five-minutes\""},
        {"[[talk]]\ndeck = \"a\"\nformat = \"pechakucha\"\nslide_seconds = 10\n",
         "lineup.toml:4: slide_seconds does not apply to format \"pechakucha\" (20 s a slide); "
         "remove it or use format = \"five-minutes\""},
        {"title = \"My talk\"\n[[slide]]\nfile = \"a.png\"\n",
         "lineup.toml:2: this looks like a deck's deck.toml (it has [[slide]] entries), not a "
         "lineup: give the deck's folder instead, or list the talks as [[talk]] tables (two "
         "brackets), one per talk, each with deck = \"...\""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const std::string message = lineup_error(c.text);
        if (std::string_view(c.message).ends_with("not valid TOML: "))
            CHECK(message.starts_with(c.message));
        else
            CHECK(message == c.message);
    }
}

TEST_CASE("a lineup's control characters are refused with a message about the file") {
    const std::string message = lineup_error("name = \"x\"\n\n[[talk]]\x01\n");
    CHECK(message ==
          "lineup.toml:3: not valid TOML: it contains a control character (code 1); "
          "save the file as plain UTF-8 text");
}

TEST_CASE("unknown keys are warnings naming the line, not errors") {
    const Lineup lineup = read_lineup_text(
        "name = \"Friday\"\nroom = \"B\"\n\n[[talk]]\ndeck = \"a\"\nspeakr = \"Ada\"\n",
        "events/lineup.toml");
    REQUIRE(lineup.talks.size() == 1);
    CHECK(lineup.talks[0].speaker.empty());
    CHECK(lineup.warnings ==
          std::vector<std::string>{"events/lineup.toml:2: unknown key 'room' is ignored (known "
                                   "keys: name, [[talk]], [[break]])",
                                   "events/lineup.toml:6: unknown key 'speakr' is ignored (known "
                                   "keys: deck, speaker, title, format, total, slide_seconds)"});
}

TEST_CASE("a broken deck is reported on its talk while the others are fine") {
    TempDeck dir;
    make_deck(dir.root() / "ada", 20);
    make_deck(dir.root() / "grace", 5,
              "title = \"Compilers\"\ntotal = 90\n[[slide]]\nfile = \"gone.png\"\n");
    make_deck(dir.root() / "alan", 40);
    write(dir.root() / "lineup.toml",
          "[[talk]]\ndeck = \"ada\"\n"                            // 1-2
          "[[talk]]\ndeck = \"missing\"\nspeaker = \"Nobody\"\n"  // 3-5
          "[[talk]]\ndeck = \"grace\"\n"                          // 6-7
          "[[talk]]\ndeck = \"slides/late.pdf\"\n"                // 8-9
          "[[talk]]\ndeck = \"alan\"\ntotal = 0.02\n");           // 10-12
    const auto checked = check_lineup(read_lineup(dir.root() / "lineup.toml"));
    REQUIRE(checked.size() == 5);

    CHECK(checked[0].problem.empty());
    CHECK(checked[0].schedule.has_value());

    CHECK_FALSE(checked[1].deck.has_value());
    CHECK_FALSE(checked[1].schedule.has_value());
    CHECK(has(checked[1].problem,
              "deck folder " + (dir.root() / "missing").string() + " does not exist"));
    CHECK(checked[1].display_title == "missing");
    CHECK(checked[1].display_speaker == "Nobody");

    CHECK(has(checked[2].problem,
              (dir.root() / "grace/deck.toml").string() + ":3: slide file \"gone.png\""));
    CHECK(checked[2].display_title == "grace");  // its deck.toml did not load

    CHECK(has(checked[3].problem, "late.pdf does not exist"));
    CHECK(checked[3].display_title == "late");  // a PDF is named without .pdf

    // Loaded, but the lineup's own timing cannot be kept: the problem names the lineup's line.
    CHECK(checked[4].deck.has_value());
    CHECK_FALSE(checked[4].schedule.has_value());
    CHECK(checked[4].problem == (dir.root() / "lineup.toml").string() +
                                    ":10: a total of 0:00.0 is too short for 40 slides; give at "
                                    "least 1 ms a slide");
    CHECK(checked[4].display_title == "alan");
}

TEST_CASE("a list of decks from the command line") {
    TempDeck dir;
    make_deck(dir.root() / "ada", 20,
              "title = \"Engines\"\nspeaker = \"Ada\"\nformat = \"ignite\"\n");
    make_deck(dir.root() / "alan", 4);
    const std::string ada = (dir.root() / "ada").string(), alan = (dir.root() / "alan").string();

    const Lineup lineup = lineup_from_decks({ada, alan, ada});
    CHECK(lineup.name == "Lightning talks");
    CHECK(lineup.source.empty());
    CHECK(lineup.warnings.empty());
    REQUIRE(lineup.talks.size() == 3);
    for (const auto& talk : lineup.talks) {
        CHECK(talk.toml_line == 0);
        CHECK_FALSE(talk.timing.any());
        CHECK(talk.title.empty());
    }
    CHECK(lineup.talks[1].deck == alan);  // as given, in the order given

    const auto checked = check_lineup(lineup);
    REQUIRE(checked.size() == 3);
    CHECK(checked[0].display_title == "Engines");
    CHECK(checked[0].display_speaker == "Ada");
    CHECK(checked[0].schedule->total == Millis{300'000});
    CHECK(checked[1].schedule->total == Millis{300'000});  // five-minutes by default
    CHECK(checked[2].problem.empty());

    CHECK_THROWS_AS(lineup_from_decks({}), std::invalid_argument);
}

TEST_CASE("event arguments: one .toml file is a lineup, anything else a list of decks") {
    TempDeck dir;
    make_deck(dir.root() / "ada", 2);
    write(dir.root() / "lineup.toml", "[[talk]]\ndeck = \"ada\"\n");
    const std::string file = (dir.root() / "lineup.toml").string();

    CHECK(lineup_from_arguments({file}).source == file);
    CHECK(lineup_from_arguments({(dir.root() / "ada").string()}).source.empty());
    CHECK_THROWS_AS(lineup_from_arguments({file, (dir.root() / "ada").string()}),
                    std::invalid_argument);
    CHECK_THROWS_WITH_AS(
        read_lineup(dir.root() / "nope.toml"),
        ("lineup file " + (dir.root() / "nope.toml").string() + " does not exist: check the path")
            .c_str(),
        DeckError);
    CHECK_THROWS_AS(read_lineup(dir.root()), DeckError);  // a folder
}

TEST_CASE(
    "the shipped example lineup: the demo deck three times, a deck not handed in yet, a break") {
    const fs::path file = fs::path(LIGHTNING_TEST_DATA) / "../decks/lineup-example.toml";
    const Lineup lineup = read_lineup(file);
    CHECK(lineup.name == "Lightning talks, Friday");
    CHECK(lineup.warnings.empty());
    const auto checked = check_lineup(lineup);
    REQUIRE(checked.size() == 4);
    REQUIRE(lineup.breaks.size() == 1);
    CHECK(lineup.breaks[0].title == "Coffee");
    CHECK(lineup.breaks[0].length == Millis{15 * 60'000});
    CHECK(lineup.breaks[0].before_talk == 3);
    CHECK(checked[3].schedule->total == Millis{200'000});  // 20 slides x 10 s
    CHECK(checked[0].problem.empty());
    CHECK(checked[0].display_speaker == "Ada Lovelace");
    CHECK(checked[0].schedule->total == Millis{300'000});  // the deck's own Ignite timing
    CHECK(checked[1].problem.empty());
    CHECK(checked[1].display_title == "The same slides in three minutes");
    CHECK(checked[1].schedule->total == Millis{180'000});
    CHECK(has(checked[2].problem, "talk.pdf does not exist"));
    CHECK(checked[2].display_title == "On computable numbers");
}

TEST_CASE("breaks: placed between talks by their line; a break without minutes names its line") {
    const Lineup lineup = read_lineup_text(
        "name = \"x\"\n[[talk]]\ndeck = \"a\"\n[[break]]\ntitle = \"Lunch\"\nminutes = 45\n"
        "[[talk]]\ndeck = \"b\"\n[[break]]\nminutes = 0.5\n",
        "events/lineup.toml");
    REQUIRE(lineup.breaks.size() == 2);
    CHECK(lineup.breaks[0].title == "Lunch");
    CHECK(lineup.breaks[0].before_talk == 1);
    CHECK(lineup.breaks[0].length == Millis{45 * 60'000});
    CHECK(lineup.breaks[1].title == "Break");
    CHECK(lineup.breaks[1].before_talk == 2);  // after the last talk
    CHECK(lineup.breaks[1].length == Millis{30'000});
    CHECK_THROWS_WITH_AS(
        read_lineup_text("[[talk]]\ndeck = \"a\"\n[[break]]\ntitle = \"x\"\n", "l.toml"),
        "l.toml:3: this [[break]] has no length: add minutes = 15", DeckError);
    CHECK_THROWS_WITH_AS(
        read_lineup_text("[[talk]]\ndeck = \"a\"\n[[break]]\nminutes = -5\n", "l.toml"),
        "l.toml:4: minutes must be a number of minutes, like minutes = 15", DeckError);
}

TEST_CASE("a lineup saved with a byte order mark (Windows editors) reads like one without") {
    const Lineup lineup = read_lineup_text(
        "\xEF\xBB\xBFname = \"Friday\"\n[[talk]]\ndeck = \"talks/ada\"\n", "lineup.toml");
    CHECK(lineup.name == "Friday");
    REQUIRE(lineup.talks.size() == 1);
    CHECK(lineup.talks[0].deck == "talks/ada");
}

TEST_CASE("check_talk: a deck whose slide files are all gone or empty cannot be played") {
    TempDeck dir;
    dir.slides(2);
    Lineup lineup;
    lineup.talks.push_back(LineupTalk{});
    lineup.talks[0].deck = dir.path().string();
    CHECK(check_talk(lineup, lineup.talks[0]).problem.empty());
    // One slide emptied: the talk plays (that slide is a placeholder, as in play).
    dir.file("slide1.png", "");
    CHECK(check_talk(lineup, lineup.talks[0]).problem.empty());
    dir.file("slide2.png", "");  // every slide emptied by a failed copy
    const CheckedTalk checked = check_talk(lineup, lineup.talks[0]);
    CHECK_FALSE(checked.schedule.has_value());
    CHECK(checked.problem == dir.path().string() +
                                 ": none of its 2 slide files can be read (missing or empty): copy "
                                 "the deck again");
    std::filesystem::remove_all(dir.path());  // the folder deleted
    CHECK(check_talk(lineup, lineup.talks[0]).problem.find("does not exist") != std::string::npos);
}
