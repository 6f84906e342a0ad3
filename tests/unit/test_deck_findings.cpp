// check's findings decided in core from what the shell read: each rule on a deck built in
// memory, no decoder, no window.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/check/deck_findings.hpp"

using namespace lightning;

namespace {

PreparedTalk deck_of(int n, TalkFormat format = TalkFormat::FiveMinutes) {
    PreparedTalk talk;
    talk.deck.title = "Findings";
    talk.deck.format = format;
    for (int k = 0; k < n; ++k) {
        const std::string name = "s" + std::to_string(k + 1) + ".png";
        talk.deck.slides.push_back(SlideEntry{name, name, {}, "", 0});
    }
    talk.schedule = make_schedule(talk.deck);
    return talk;
}

// Every slide a readable, opaque, full-size 16:9 PNG.
DeckCheck all_good(int n) {
    DeckCheck check;
    SlideCheck slide;
    slide.width = 1920;
    slide.height = 1080;
    slide.header = {"png", 1920, 1080, false, 8};
    slide.ink.transparent = 0;
    slide.ink.content[255] = 1;  // white everywhere
    check.slides.assign(static_cast<size_t>(n), slide);
    return check;
}

// The findings whose `where` contains `where` and whose `what` contains `what`.
std::vector<CheckFinding> found(const DeckReport& report, const std::string& where,
                                const std::string& what) {
    std::vector<CheckFinding> out;
    for (const auto& f : report.findings)
        if (f.where.find(where) != std::string::npos && f.what.find(what) != std::string::npos)
            out.push_back(f);
    return out;
}

}  // namespace

TEST_CASE("deck findings: a clean deck plays, and only the missing notes are said") {
    const PreparedTalk talk = deck_of(3);
    const DeckReport report = deck_findings("deck", talk, all_good(3));
    CHECK(report.plays());
    CHECK(report.slides == 3);
    CHECK(report.format == "five-minutes");
    REQUIRE(report.facts.size() == 3);
    CHECK(report.facts[1].file == "s2.png");
    CHECK(report.facts[1].planned == Millis{100'000});
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].level == CheckFinding::Level::Info);
    CHECK(report.findings[0].what.find("no deck.toml, so no notes") != std::string::npos);
}

TEST_CASE("deck findings: a slide that will not decode or is damaged is an error naming it") {
    const PreparedTalk talk = deck_of(3);
    DeckCheck check = all_good(3);
    check.slides[1].problem = "not a picture SDL_image can read";
    check.slides[2].damage = "a chunk's CRC fails";
    const DeckReport report = deck_findings("deck", talk, check);
    CHECK(!report.plays());
    const auto broken = found(report, "slide 2 (s2.png)", "would show as a placeholder");
    REQUIRE(broken.size() == 1);
    CHECK(broken[0].level == CheckFinding::Level::Error);
    const auto damaged = found(report, "slide 3 (s3.png)", "the PNG file is damaged");
    REQUIRE(damaged.size() == 1);
    CHECK(damaged[0].level == CheckFinding::Level::Error);
}

TEST_CASE("deck findings: small, see-through and odd-shaped slides are warnings") {
    const PreparedTalk talk = deck_of(4);
    DeckCheck check = all_good(4);
    check.size_text = "1920x1080";
    check.slides[0].width = 640;
    check.slides[0].height = 360;
    check.slides[1].ink = {};
    check.slides[1].ink.transparent = 1;  // shows nothing: only the background would
    check.slides[2].width = 1024;
    check.slides[2].height = 768;
    const DeckReport report = deck_findings("deck", talk, check);
    CHECK(report.plays());
    CHECK(found(report, "slide 1", "640x360 is small for a 1920x1080 projector").size() == 1);
    CHECK(found(report, "slide 2", "is fully transparent").size() == 1);
    CHECK(found(report, "slide 3", "is 4:3 while most slides are 16:9").size() == 1);
    CHECK(found(report, "slide 4", "").empty());
}

TEST_CASE("deck findings: a page that cannot be drawn in its slot is an error") {
    PreparedTalk talk = deck_of(3);
    for (auto& slide : talk.deck.slides) slide.page = 0;  // PDF pages: their drawing is timed
    DeckCheck check = all_good(3);
    check.slides[1].page_ms = 500'000;  // far longer than the two slots before it
    const DeckReport report = deck_findings("talk.pdf", talk, check);
    CHECK(!report.plays());
    const auto late = found(report, "slide 2", "to draw");
    REQUIRE(late.size() == 1);
    CHECK(late[0].level == CheckFinding::Level::Error);
    CHECK(report.facts[1].decode_ms == 500'000);
}

TEST_CASE("deck findings: a large slow image is told to match the screen") {
    const PreparedTalk talk = deck_of(2);
    DeckCheck check = all_good(2);
    check.slides[1].width = check.slides[1].header.width = 8000;
    check.slides[1].height = check.slides[1].header.height = 4500;
    const DeckReport report = deck_findings("deck", talk, check);
    CHECK(found(report, "slide 2", "export it at the screen's size (1920x1080)").size() == 1);
    CHECK(found(report, "slide 1", "").empty());
}

TEST_CASE("deck findings: the deck's own words, fonts, left-out files and slide count") {
    PreparedTalk talk = deck_of(4, TalkFormat::Ignite);
    talk.deck.toml_path = "deck/deck.toml";
    talk.deck.warnings.push_back("deck.toml:3: unknown key \"colour\"");
    talk.deck.ignored_files = {"photo.heic", "readme.txt"};
    talk.deck.slides[0].notes = "hello";
    talk.settings.settings.font.value = "Nope Sans";
    talk.settings.settings.font.where = "deck/deck.toml:2";
    DeckCheck check = all_good(4);
    check.font_problem = "no font named \"Nope Sans\" is installed";
    check.undrawable.push_back({"title", "has 1 character no installed font can draw"});
    const DeckReport report = deck_findings("deck", talk, check);
    CHECK(report.plays());
    CHECK(found(report, "deck", "unknown key").size() == 1);
    CHECK(found(report, "deck/deck.toml:2", "font: no font named").size() == 1);
    CHECK(found(report, "deck/deck.toml", "title has 1 character").size() == 1);
    const auto heic = found(report, "photo.heic", "left out: ");
    REQUIRE(heic.size() == 1);
    CHECK(heic[0].level == CheckFinding::Level::Warning);
    const auto text = found(report, "readme.txt", "not a slide image");
    REQUIRE(text.size() == 1);
    CHECK(text[0].level == CheckFinding::Level::Info);
    CHECK(found(report, "deck", "ignite talks have 20 slides; this deck has 4").size() == 1);
    CHECK(found(report, "deck", "3 of 4 slides have no notes in deck.toml").size() == 1);
}

TEST_CASE("deck findings: a PDF's notes file is named after the PDF") {
    PreparedTalk talk = deck_of(2);
    talk.deck.pdf = "talks/talk.pdf";
    const DeckReport report = deck_findings("talks/talk.pdf", talk, all_good(2));
    CHECK(found(report, "talk.pdf", "no talk.pdf.toml, so no notes").size() == 1);
}

TEST_CASE("deck findings: a deck that cannot be loaded is one error, and level names") {
    const DeckReport report = unreadable_deck("gone", "no such folder");
    CHECK(!report.plays());
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].where == "gone");
    CHECK(level_name(CheckFinding::Level::Error) == "error");
    CHECK(level_name(CheckFinding::Level::Warning) == "warning");
    CHECK(level_name(CheckFinding::Level::Info) == "info");
    CHECK(ratio_text(1920, 1080) == "16:9");
    CHECK(ratio_text(1600, 1000) == "16:10");
    CHECK(ratio_text(2000, 1000) == "2.00:1");
}
