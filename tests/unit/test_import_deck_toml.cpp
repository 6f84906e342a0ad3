// The deck an import makes: format inferred from the file's own timings, title choice, and a
// deck.toml the deck loader reads back as written.
#include <doctest/doctest.h>

#include "../support/temp_deck.hpp"
#include "core/deck/deck.hpp"
#include "core/import/deck_plan.hpp"
#include "core/import/deck_toml_writer.hpp"
#include "core/time/schedule.hpp"

using namespace lightning;

namespace {

ImportedTalk talk_of(int count, std::optional<int> seconds) {
    ImportedTalk talk;
    talk.kind = "PowerPoint";
    talk.title = "T";
    for (int i = 0; i < count; ++i) {
        ImportedSlide slide;
        slide.number = i + 1;
        if (seconds) slide.advance = Millis{*seconds * 1000};
        talk.slides.push_back(slide);
    }
    return talk;
}

// deck.toml as the loader reads it, in a folder holding the named pictures.
Deck read_back(const ImportedTalk& talk, const DeckPlan& plan) {
    lightning::testing::TempDeck temp;
    for (const std::string& file : plan.files) temp.file(file);
    Deck deck;
    deck.folder = temp.path();
    deck.toml_path = temp.path() / "deck.toml";
    read_deck_toml_text(deck, deck_toml_text(talk, plan, "talk.pptx"), plan.files);
    return deck;
}

}  // namespace

TEST_CASE("import deck: 20 x 15 s is ignite, 20 x 20 s pechakucha") {
    CHECK(plan_deck(talk_of(20, 15)).format == TalkFormat::Ignite);
    CHECK(plan_deck(talk_of(20, 20)).format == TalkFormat::PechaKucha);
    const DeckPlan nineteen = plan_deck(talk_of(19, 15));
    CHECK(nineteen.format == TalkFormat::FiveMinutes);
    CHECK(nineteen.aimed == TalkFormat::Ignite);
    CHECK(plan_deck(talk_of(20, std::nullopt)).format == TalkFormat::FiveMinutes);
    CHECK_FALSE(plan_deck(talk_of(20, std::nullopt)).aimed);
}

TEST_CASE(
    "import deck: a pechakucha deck with one 30 s slide is five-minutes aimed at pechakucha") {
    ImportedTalk talk = talk_of(20, 20);
    talk.slides[1].advance = Millis{30000};
    const DeckPlan plan = plan_deck(talk);
    CHECK(plan.format == TalkFormat::FiveMinutes);
    CHECK(plan.aimed == TalkFormat::PechaKucha);
    const Deck deck = read_back(talk, plan);
    REQUIRE(deck.slides.size() == 20);
    CHECK(deck.slides[1].planned == Millis{30000});
    CHECK(make_schedule(deck).total == Millis{410000});
}

TEST_CASE("import deck: hidden slides are left out, notes and title are written") {
    ImportedTalk talk = talk_of(3, 15);
    talk.slides[1].hidden = true;
    talk.slides[0].notes = "line one\nsay \"hi\"";
    talk.speaker = "Ada";
    const DeckPlan plan = plan_deck(talk);
    CHECK(plan.files == std::vector<std::string>{"slide-01.png", "slide-02.png"});
    const Deck deck = read_back(talk, plan);
    CHECK(deck.title == "T");
    CHECK(deck.speaker == "Ada");
    REQUIRE(deck.slides.size() == 2);
    CHECK(deck.slides[0].notes == "line one\nsay \"hi\"");
    CHECK(deck.warnings.empty());
}

TEST_CASE("import deck: some slides timed past 5:00 get a total that fits") {
    ImportedTalk talk = talk_of(12, 30);
    talk.slides[11].advance.reset();
    const DeckPlan plan = plan_deck(talk);
    REQUIRE(plan.total);
    const Deck deck = read_back(talk, plan);
    CHECK_NOTHROW(make_schedule(deck));
}

TEST_CASE("import deck: picture names sort in order") {
    CHECK(picture_name(7, 20) == "slide-07.png");
    CHECK(picture_name(7, 150) == "slide-007.png");
    CHECK(picture_name(42, 10000) == "slide-00042.png");
}

TEST_CASE("import deck: stale titles give way to the first slide's title") {
    CHECK(stale_title("PowerPoint Presentation"));
    CHECK(stale_title("  "));
    CHECK(stale_title("Presentation1"));
    CHECK_FALSE(stale_title("How we ship"));
    ImportedTalk talk = talk_of(2, std::nullopt);
    talk.metadata_title = "PowerPoint Presentation";
    talk.slides[0].title = "How we ship";
    choose_title(talk, "talk");
    CHECK(talk.title == "How we ship");
    CHECK(talk.title_source == TitleSource::FirstSlide);
    CHECK(title_source_text(talk).find("leftover") != std::string::npos);
    talk.slides[0].title = "";
    choose_title(talk, "talk");
    CHECK(talk.title == "talk");
    talk.metadata_title = "Real title";
    choose_title(talk, "talk");
    CHECK(talk.title == "Real title");
    CHECK(talk.title_source == TitleSource::Metadata);
}
