// Reading an Impress file's talk: page order, notes, hidden pages (in the page's style or on the
// page), automatic durations, metadata.
#include <doctest/doctest.h>

#include "../support/office_files.hpp"
#include "../support/temp_deck.hpp"
#include "core/import/import_error.hpp"
#include "core/import/iso_duration.hpp"
#include "core/import/odp_reader.hpp"

using namespace lightning;
using lightning::testing::odp_parts;
using lightning::testing::TempDeck;
using lightning::testing::write_zip;

TEST_CASE("import odp: pages, notes, hidden pages and automatic durations") {
    TempDeck temp;
    const auto file = temp.path() / "talk.odp";
    write_zip(file, odp_parts({{.title = "Opening", .notes = "say hi", .duration = "PT00H00M15S"},
                               {.title = "Backup", .hidden = true},
                               {.title = "Also backup", .hidden = true, .hidden_on_page = true},
                               {.title = "End", .duration = "PT20S"}},
                              "Impress talk", "Grace"));
    const ZipArchive archive(file);
    const ImportedTalk talk = read_odp(archive);
    REQUIRE(talk.slides.size() == 4);
    CHECK(talk.kind == "Impress");
    CHECK(talk.slides[0].title == "Opening");
    CHECK(talk.slides[0].notes == "say hi");
    CHECK(talk.slides[0].advance == Millis{15000});
    CHECK(talk.slides[1].hidden);
    CHECK(talk.slides[2].hidden);
    CHECK(talk.slides[3].advance == Millis{20000});
    CHECK(talk.shown_count() == 2);
    CHECK(talk.metadata_title == "Impress talk");
    CHECK(talk.speaker == "Grace");
    CHECK(talk.fonts.count("Liberation Sans") == 1);
    CHECK(talk.slide_width / talk.slide_height == doctest::Approx(16.0 / 9.0));
}

TEST_CASE("import odp: a damaged content.xml names the part and the slide") {
    TempDeck temp;
    const auto file = temp.path() / "talk.odp";
    auto parts = odp_parts({{.title = "one"}, {.title = "two"}, {.title = "three"}}, "", "");
    // Break the second page's title.
    const size_t at = parts[1].second.find("two</text:p>");
    parts[1].second.replace(at, 3, "<two");
    write_zip(file, parts);
    const ZipArchive archive(file);
    CHECK_THROWS_WITH_AS(read_odp(archive),
                         doctest::Contains("part content.xml (slide 2) is damaged XML"),
                         ImportError);
}

TEST_CASE("import odp: ISO 8601 durations") {
    CHECK(parse_iso_duration("PT00H00M15S") == Millis{15000});
    CHECK(parse_iso_duration("PT15S") == Millis{15000});
    CHECK(parse_iso_duration("PT0H1M2.5S") == Millis{62500});
    CHECK(parse_iso_duration("P0DT0H0M20S") == Millis{20000});
    CHECK_FALSE(parse_iso_duration("15"));
    CHECK_FALSE(parse_iso_duration("PT"));
    CHECK_FALSE(parse_iso_duration("P1Y"));
    CHECK_FALSE(parse_iso_duration("PT15"));
}
