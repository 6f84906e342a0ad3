// The zip reader under PPTX and ODP import: bombs, escaping names, cut-short files and the kinds
// of file import refuses with a one-line answer.
#include <doctest/doctest.h>

#include <fstream>

#include "../support/office_files.hpp"
#include "../support/temp_deck.hpp"
#include "core/import/import_error.hpp"
#include "core/import/import_source.hpp"
#include "core/import/zip_archive.hpp"

using namespace lightning;
using lightning::testing::TempDeck;
using lightning::testing::write_zip;

namespace {

std::string refusal_of(const std::filesystem::path& file, const ZipLimits& limits = {}) {
    try {
        ZipArchive archive(file, limits);
    } catch (const ImportError& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST_CASE("import zip: entries are listed and read whole") {
    TempDeck temp;
    const auto file = temp.path() / "a.zip";
    write_zip(file, {{"ppt/presentation.xml", "<p/>"}, {"docProps/core.xml", "<c/>"}});
    ZipArchive archive(file);
    CHECK(archive.entries().size() == 2);
    CHECK(archive.find("docProps/core.xml") != nullptr);
    CHECK(archive.find("nope") == nullptr);
    CHECK(archive.read("ppt/presentation.xml") == "<p/>");
    CHECK_THROWS_WITH_AS(archive.read("ppt/missing.xml"),
                         doctest::Contains("part ppt/missing.xml is missing"), ImportError);
}

TEST_CASE("import zip: a zip bomb is refused from its directory, before inflating") {
    TempDeck temp;
    const auto file = temp.path() / "bomb.pptx";
    write_zip(file, {{"ppt/presentation.xml", std::string(4 << 20, '\0')}});
    ZipLimits limits;
    limits.ratio_floor = 1 << 20;
    limits.max_ratio = 100;  // 4 MB of zeros deflates about 1000:1
    CHECK(refusal_of(file, limits).find("zip bomb") != std::string::npos);
    limits = {};
    limits.entry_bytes = 1 << 20;  // over one entry's cap
    CHECK(refusal_of(file, limits).find("inflates to 4 MB") != std::string::npos);
    limits = {};
    limits.total_bytes = 1 << 20;
    write_zip(file, {{"a", std::string(600 << 10, 'x')}, {"b", std::string(600 << 10, 'y')}}, true);
    CHECK(refusal_of(file, limits).find("together") != std::string::npos);
}

TEST_CASE("import zip: names that climb out or are absolute are refused") {
    TempDeck temp;
    const auto file = temp.path() / "escape.pptx";
    write_zip(file, {{"ppt/../../evil.xml", "x"}});
    CHECK(refusal_of(file).find("climbs out") != std::string::npos);
    write_zip(file, {{"/etc/passwd", "x"}});
    CHECK(refusal_of(file).find("absolute") != std::string::npos);
    CHECK(unsafe_entry_name("ppt/slides/slide1.xml").empty());
    CHECK(unsafe_entry_name("a/..b/c").empty());  // ".." only as a whole component
    CHECK(!unsafe_entry_name("..").empty());
    CHECK(!unsafe_entry_name("C:/x").empty());
    CHECK(!unsafe_entry_name("a\\..\\b").empty());
}

TEST_CASE("import zip: a cut-short zip says so and what to do") {
    TempDeck temp;
    const auto file = temp.path() / "cut.pptx";
    write_zip(file,
              lightning::testing::pptx_parts({{.id = 256, .part = 1, .title = "Hi"}}, "T", "A"));
    const auto size = std::filesystem::file_size(file);
    std::filesystem::resize_file(file, size / 2);
    const std::string message = refusal_of(file);
    CHECK(message.find("cut.pptx: not a whole zip file") != std::string::npos);
    CHECK(message.find("copy it again") != std::string::npos);
}

TEST_CASE("import source: kinds come from the bytes, refusals say how to export") {
    TempDeck temp;
    const auto write = [&](const std::string& name, const std::string& bytes) {
        std::ofstream(temp.path() / name, std::ios::binary) << bytes;
        return (temp.path() / name).string();
    };
    const std::string ole = write("old.ppt", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    CHECK(source_kind(ole) == SourceKind::Ole);
    CHECK(refusal(SourceKind::Ole, ole).find("save it as .pptx") != std::string::npos);
    // An encrypted .pptx is an OLE container too, whatever its name.
    CHECK(source_kind(write("locked.pptx", std::string("\xD0\xCF\x11\xE0", 4))) == SourceKind::Ole);
    CHECK(source_kind(write("talk.pdf", "%PDF-1.7\n")) == SourceKind::Pdf);
    CHECK(source_kind("https://docs.google.com/presentation/d/abc/edit") == SourceKind::Link);
    CHECK(refusal(SourceKind::Link, "https://x").find("Download > Microsoft PowerPoint") !=
          std::string::npos);
    const auto key = temp.path() / "talk.key";
    write_zip(key, {{"Index/Document.iwa", "x"}, {"Metadata/Properties.plist", "y"}});
    CHECK(source_kind(key.string()) == SourceKind::Keynote);
    std::filesystem::create_directory(temp.path() / "bundle.key");
    CHECK(source_kind((temp.path() / "bundle.key").string()) == SourceKind::Keynote);
    std::filesystem::create_directories(temp.path() / "Talk" / "Index");
    CHECK(source_kind((temp.path() / "Talk").string()) == SourceKind::Keynote);
    CHECK(source_kind(temp.path().string()) == SourceKind::Folder);
    CHECK(refusal(SourceKind::Keynote, "t.key").find("File > Export To > PowerPoint") !=
          std::string::npos);
    const auto pptx = temp.path() / "t.pptx";
    write_zip(pptx, lightning::testing::pptx_parts({{.id = 256, .part = 1}}, "T", "A"));
    CHECK(source_kind(pptx.string()) == SourceKind::Pptx);
    const auto odp = temp.path() / "t.odp";
    write_zip(odp, lightning::testing::odp_parts({{.title = "x"}}, "T", "A"));
    CHECK(source_kind(odp.string()) == SourceKind::Odp);
}
