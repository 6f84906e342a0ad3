// The talk options as the user wrote them, turned once into a prepared talk: timing flags into
// overrides (and the mistakes among them refused), sizes, overlay modes, and the precedence of
// flag over deck.toml over config.toml. No command line library is involved: the shell fills a
// TalkOptions, these rules decide.
#include <doctest/doctest.h>

#include <fstream>
#include <stdexcept>

#include "../support/temp_deck.hpp"
#include "core/config/talk_options.hpp"

using namespace lightning;
using lightning::testing::TempDeck;

namespace {

TalkOptions options_for(const TempDeck& deck) {
    TalkOptions options;
    options.deck = deck.path().string();
    return options;
}

std::string error_of(const TalkOptions& options) {
    try {
        timing_overrides(options);
    } catch (const std::invalid_argument& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("timing flags become overrides: format, total in m:ss or seconds, slide seconds") {
    TalkOptions options;
    CHECK_FALSE(timing_overrides(options).any());
    options.format = "pechakucha";
    CHECK(timing_overrides(options).format == TalkFormat::PechaKucha);
    options = {};
    options.total = "4:30";
    CHECK(timing_overrides(options).total == Millis{270'000});
    options.total = "90";
    CHECK(timing_overrides(options).total == Millis{90'000});
    options = {};
    options.slide_seconds = "7.5";
    CHECK(timing_overrides(options).slide_seconds == Millis{7'500});
}

TEST_CASE("timing flag mistakes are refused with the flag named") {
    TalkOptions options;
    options.format = "ignight";
    CHECK(error_of(options).find("--format \"ignight\" is unknown") != std::string::npos);
    options = {};
    options.total = "five minutes";
    CHECK(error_of(options).find("--total \"five minutes\" is not a time") != std::string::npos);
    options.total = "0";
    CHECK(error_of(options).find("--total") != std::string::npos);
    SUBCASE("a fixed format beside a length, as deck.toml refuses it") {
        options = {};
        options.format = "ignite";
        options.total = "4:00";
        CHECK(error_of(options).find("drop --total/--slide-seconds") != std::string::npos);
        options.format = "five-minutes";  // five-minutes takes a total
        CHECK(error_of(options).empty());
    }
    SUBCASE("a total and a slide length both") {
        options = {};
        options.total = "5:00";
        options.slide_seconds = "15";
        CHECK(error_of(options).find("give one of them") != std::string::npos);
    }
}

TEST_CASE("sizes are WIDTHxHEIGHT within reason") {
    CHECK(parse_size("1920x1080", "--size") == std::pair{1920, 1080});
    CHECK(parse_size("640X360", "--size") == std::pair{640, 360});
    CHECK_THROWS_WITH_AS(parse_size("1920", "--size"),
                         doctest::Contains("--size \"1920\" is not a size"), std::invalid_argument);
    CHECK_THROWS_AS(parse_size("8x8", "--size"), std::invalid_argument);
    CHECK_THROWS_AS(parse_size("1920x1080px", "--size"), std::invalid_argument);
}

TEST_CASE("overlay names become modes") {
    CHECK(overlay_mode("none") == OverlayMode::None);
    CHECK(overlay_mode("presenter") == OverlayMode::Presenter);
    CHECK(overlay_mode("both") == OverlayMode::Both);
    CHECK(overlay_mode("audience") == OverlayMode::Audience);
}

TEST_CASE("a prepared talk: the schedule from the flags, the rest flag > deck.toml > config") {
    TempDeck deck;
    deck.slides(4).toml("[settings]\nwarn = 20\noverlay = \"none\"\n");
    const auto config = deck.root() / "config.toml";
    std::ofstream(config) << "warn = 40\ndanger = 5\nbackground = \"#102030\"\n";

    TalkOptions options = options_for(deck);
    options.total = "0:40";
    PreparedTalk talk = prepare_talk(options, {}, config);
    CHECK(talk.schedule.count() == 4);
    CHECK(talk.schedule.total == Millis{40'000});
    CHECK(talk.schedule.slides[1].start == Millis{10'000});
    // The flags are kept as parsed, for the warnings and a resumed or recorded plan.
    CHECK(talk.flags.total == Millis{40'000});
    CHECK(!talk.flags.format);
    CHECK(!talk.flags.slide_seconds);
    CHECK(talk.thresholds.warn == Millis{20'000});   // deck.toml over config
    CHECK(talk.thresholds.danger == Millis{5'000});  // config over the default
    CHECK(talk.overlay == OverlayMode::None);        // deck.toml
    CHECK(talk.look.background == Rgb{0x10, 0x20, 0x30});

    options.warn_seconds = 12;
    options.overlay = "both";
    talk = prepare_talk(options, {}, config);
    CHECK(talk.thresholds.warn == Millis{12'000});  // the flag over deck.toml
    CHECK(talk.overlay == OverlayMode::Both);
    CHECK(talk.settings.settings.warn.origin == Origin::Flag);
}

TEST_CASE("a prepared talk refuses a negative threshold by its flag") {
    TempDeck deck;
    deck.slides(2);
    TalkOptions options = options_for(deck);
    options.danger_seconds = -3;
    CHECK_THROWS_AS(prepare_talk(options, {}, deck.root() / "no-config.toml"), std::exception);
}
