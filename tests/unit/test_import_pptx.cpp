// Reading a PowerPoint file's talk from its structure, one trap per case.
#include <doctest/doctest.h>

#include "../support/office_files.hpp"
#include "../support/temp_deck.hpp"
#include "core/import/import_error.hpp"
#include "core/import/pptx_reader.hpp"

using namespace lightning;
using lightning::testing::FakeSlide;
using lightning::testing::pptx_parts;
using lightning::testing::TempDeck;
using lightning::testing::write_zip;

namespace {

ImportedTalk read_parts(const TempDeck& temp,
                        const std::vector<std::pair<std::string, std::string>>& parts,
                        bool store = false) {
    const auto file = temp.path() / "talk.pptx";
    write_zip(file, parts, store);
    const ZipArchive archive(file);
    return read_pptx(archive);
}

}  // namespace

TEST_CASE("import pptx: order comes from the slide list, not ids or part names") {
    TempDeck temp;
    // Show order: part 3 (id 900), part 1 (id 256), part 2 (id 300).
    const ImportedTalk talk =
        read_parts(temp, pptx_parts({{.id = 900, .part = 3, .title = "First"},
                                     {.id = 256, .part = 1, .title = "Second"},
                                     {.id = 300, .part = 2, .title = "Third"}},
                                    "My talk", "Ada"));
    REQUIRE(talk.slides.size() == 3);
    CHECK(talk.slides[0].title == "First");
    CHECK(talk.slides[0].part == "ppt/slides/slide3.xml");
    CHECK(talk.slides[1].title == "Second");
    CHECK(talk.slides[2].title == "Third");
    CHECK(talk.slides[2].number == 3);
    CHECK(talk.metadata_title == "My talk");
    CHECK(talk.speaker == "Ada");
    CHECK(talk.slide_width / talk.slide_height == doctest::Approx(16.0 / 9.0));
}

TEST_CASE("import pptx: notes come through each slide's relationships") {
    TempDeck temp;
    const ImportedTalk talk =
        read_parts(temp, pptx_parts({{.id = 256, .part = 1, .notes_part = 7, .notes = "for one"},
                                     {.id = 257, .part = 2},
                                     {.id = 258, .part = 3, .notes_part = 1, .notes = "for three"}},
                                    "", ""));
    CHECK(talk.slides[0].notes == "for one");
    CHECK(talk.slides[1].notes.empty());
    CHECK(talk.slides[2].notes == "for three");
}

TEST_CASE("import pptx: hidden slides are marked, timings read also from AlternateContent") {
    TempDeck temp;
    const ImportedTalk talk =
        read_parts(temp, pptx_parts({{.id = 256, .part = 1, .advance_ms = 15000},
                                     {.id = 257, .part = 2, .hidden = true, .advance_ms = 15000},
                                     {.id = 258, .part = 3, .advance_ms = 20000, .alternate = true},
                                     {.id = 259, .part = 4, .animation = true}},
                                    "", ""));
    CHECK_FALSE(talk.slides[0].hidden);
    CHECK(talk.slides[1].hidden);
    CHECK(talk.shown_count() == 3);
    CHECK(talk.slides[0].advance == Millis{15000});
    CHECK_FALSE(talk.slides[0].transition);  // a bare p:transition only times
    CHECK(talk.slides[2].advance == Millis{20000});
    CHECK(talk.slides[2].transition);
    CHECK_FALSE(talk.slides[3].advance);
    CHECK(talk.slides[3].animations);
    CHECK_FALSE(talk.slides[0].animations);
}

TEST_CASE("import pptx: fonts of the slides and the theme are collected") {
    TempDeck temp;
    const ImportedTalk talk = read_parts(temp, pptx_parts({{.id = 256, .part = 1}}, "", ""));
    CHECK(talk.fonts.count("Calisto MT") == 1);
    CHECK(talk.fonts.count("Calibri") == 1);
    CHECK(talk.fonts.count("Calibri Light") == 1);
}

TEST_CASE("import pptx: media on a slide is listed with its size") {
    TempDeck temp;
    auto parts = pptx_parts({{.id = 256, .part = 1}}, "", "");
    for (auto& [name, bytes] : parts)
        if (name == "ppt/slides/_rels/slide1.xml.rels")
            bytes = lightning::testing::rels_xml({{"rId1", "video", "../media/media1.mp4"},
                                                  {"rId2", "image", "../media/image1.gif"},
                                                  {"rId3", "image", "../media/image2.png"}});
    parts.push_back({"ppt/media/media1.mp4", std::string(1000, 'v')});
    parts.push_back({"ppt/media/image1.gif", "GIF89a"});
    parts.push_back({"ppt/media/image2.png", "png"});
    const ImportedTalk talk = read_parts(temp, parts);
    REQUIRE(talk.slides[0].media.size() == 2);  // a small PNG is no finding
    CHECK(talk.slides[0].media[0].kind == MediaKind::Video);
    CHECK(talk.slides[0].media[0].bytes == 1000);
    CHECK(talk.slides[0].media[1].kind == MediaKind::Gif);
}

TEST_CASE("import pptx: a damaged slide names the part and the slide") {
    TempDeck temp;
    auto parts = pptx_parts({{.id = 256, .part = 5}, {.id = 257, .part = 9}}, "", "");
    for (auto& [name, bytes] : parts)
        if (name == "ppt/slides/slide9.xml") bytes = "<p:sld><p:cSld>";
    CHECK_THROWS_WITH_AS(read_parts(temp, parts),
                         doctest::Contains("part ppt/slides/slide9.xml (slide 2) is damaged XML"),
                         ImportError);
}

TEST_CASE("import pptx: a slide list naming no slide part is an error naming the slide") {
    TempDeck temp;
    auto parts = pptx_parts({{.id = 256, .part = 1}}, "", "");
    std::erase_if(parts, [](const auto& p) { return p.first == "ppt/slides/slide1.xml"; });
    CHECK_THROWS_WITH_AS(read_parts(temp, parts),
                         doctest::Contains("slide 1 of ppt/presentation.xml"), ImportError);
}

TEST_CASE("import pptx: entities are not expanded") {
    TempDeck temp;
    auto parts = pptx_parts({{.id = 256, .part = 1}}, "", "");
    for (auto& [name, bytes] : parts)
        if (name == "docProps/core.xml")
            bytes = R"(<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">)"
                    R"(<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>)"
                    R"(<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>&b;</dc:title>)"
                    R"(</cp:coreProperties>)";
    const ImportedTalk talk = read_parts(temp, parts);
    CHECK(talk.metadata_title.size() < 10);
}

TEST_CASE("import pptx: 10000 slides are read") {
    TempDeck temp;
    std::vector<FakeSlide> slides;
    for (int i = 0; i < 10000; ++i)
        slides.push_back({.id = 256 + i, .part = i + 1, .notes_part = i + 1, .notes = "n"});
    const ImportedTalk talk = read_parts(temp, pptx_parts(slides, "", ""));
    CHECK(talk.slides.size() == 10000);
    CHECK(talk.slides.back().notes == "n");
}

TEST_CASE("import pptx: text nested thousands deep does not exhaust the stack") {
    TempDeck temp;
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "<a:p>";
    deep += "<a:r><a:t>lost</a:t></a:r>";
    for (int i = 0; i < 100000; ++i) deep += "</a:p>";
    auto parts = pptx_parts({{.id = 256, .part = 1}}, "", "");
    for (auto& [name, bytes] : parts)
        if (name == "ppt/slides/slide1.xml")
            bytes = R"(<p:sld xmlns:a="a" xmlns:p="p"><p:cSld><p:spTree><p:sp><p:nvSpPr><p:nvPr>)"
                    R"(<p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>Kept)"
                    R"(</a:t></a:r></a:p>)" +
                    deep + "</p:txBody></p:sp></p:spTree></p:cSld></p:sld>";
    // Stored: deflated, 1 MB of "<a:p>" is over the zip bomb ratio.
    const ImportedTalk talk = read_parts(temp, parts, true);
    CHECK(talk.slides[0].title == "Kept");
}

TEST_CASE("import pptx: Use Timings off is noticed") {
    TempDeck temp;
    auto parts = pptx_parts({{.id = 256, .part = 1, .advance_ms = 15000}}, "", "");
    CHECK_FALSE(read_parts(temp, parts).timings_off);
    parts.push_back(
        {"ppt/presProps.xml",
         R"(<p:presentationPr xmlns:p="p"><p:showPr useTimings="0"/></p:presentationPr>)"});
    CHECK(read_parts(temp, parts).timings_off);
}
