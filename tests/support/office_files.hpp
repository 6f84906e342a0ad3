#pragma once
// Small PPTX and ODP files written for one test: a zip through libzip, with just the parts the
// import readers look at (presentation, relationships, slides, notes, metadata). Each field of
// FakeSlide sets up one trap: ids out of order, part names that do not match the order, notes
// numbered differently, hidden slides, timings inside mc:AlternateContent.
#include <zip.h>

#include <array>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lightning::testing {

// Writes `parts` (name -> bytes) as a zip at `file`; `store` keeps them uncompressed.
inline void write_zip(const std::filesystem::path& file,
                      const std::vector<std::pair<std::string, std::string>>& parts,
                      bool store = false) {
    int code = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) throw std::runtime_error("cannot write " + file.string());
    for (const auto& [name, bytes] : parts) {
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            zip_discard(archive);
            throw std::runtime_error("cannot add " + name);
        }
        if (store)
            zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        throw std::runtime_error("cannot finish " + file.string());
    }
}

struct FakeSlide {
    int id = 0;          // p:sldId id (need not ascend)
    int part = 0;        // ppt/slides/slide<part>.xml (need not match the order)
    int notes_part = 0;  // ppt/notesSlides/notesSlide<notes_part>.xml; 0: no notes
    std::string title{};
    std::string notes{};
    bool hidden = false;
    std::optional<int> advance_ms{};
    bool alternate = false;  // the transition inside mc:AlternateContent
    bool animation = false;
    std::string extra{};  // more XML inside p:cSld/p:spTree
};

inline std::string pptx_slide_xml(const FakeSlide& s) {
    std::string x =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
        R"(<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
        R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
        R"(xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" )"
        R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
        R"(xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main")";
    if (s.hidden) x += R"( show="0")";
    x += R"(><p:cSld><p:spTree><p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/><p:cNvSpPr/>)"
         R"(<p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody><a:p><a:r>)"
         R"(<a:rPr lang="en-US"><a:latin typeface="Calisto MT"/></a:rPr><a:t>)" +
         s.title + "</a:t></a:r></a:p></p:txBody></p:sp>" + s.extra + "</p:spTree></p:cSld>";
    if (s.advance_ms) {
        const std::string adv = std::to_string(*s.advance_ms);
        if (s.alternate)
            x += R"(<mc:AlternateContent><mc:Choice Requires="p14"><p:transition spd="slow" )"
                 R"(p14:dur="2000" advTm=")" +
                 adv +
                 R"("><p14:vortex dir="r"/></p:transition>)"
                 R"(</mc:Choice><mc:Fallback><p:transition spd="slow" advTm=")" +
                 adv + R"("><p:fade/></p:transition></mc:Fallback></mc:AlternateContent>)";
        else
            x += R"(<p:transition advTm=")" + adv + R"("/>)";
    }
    if (s.animation)
        x += R"(<p:timing><p:tnLst><p:par><p:cTn id="1"><p:childTnLst><p:par><p:cTn id="2" )"
             R"(presetClass="entr" presetID="10"/></p:par></p:childTnLst></p:cTn></p:par>)"
             R"(</p:tnLst></p:timing>)";
    return x + "</p:sld>";
}

inline std::string pptx_notes_xml(const std::string& notes) {
    return R"(<?xml version="1.0"?><p:notes xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
           R"(xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree>)"
           R"(<p:sp><p:nvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr></p:sp>)"
           R"(<p:sp><p:nvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:txBody>)"
           R"(<a:p><a:r><a:t>)" +
           notes +
           R"(</a:t></a:r></a:p></p:txBody></p:sp>)"
           R"(</p:spTree></p:cSld></p:notes>)";
}

inline std::string rels_xml(const std::vector<std::array<std::string, 3>>& rels) {
    std::string x =
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    for (const auto& [id, type, target] : rels)
        x += R"(<Relationship Id=")" + id +
             R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)" +
             type + R"(" Target=")" + target + R"("/>)";
    return x + "</Relationships>";
}

// The parts of a PPTX with these slides, in this show order, 16:9 unless cx/cy say otherwise.
inline std::vector<std::pair<std::string, std::string>> pptx_parts(
    const std::vector<FakeSlide>& slides, const std::string& title, const std::string& creator,
    long cx = 12192000, long cy = 6858000) {
    std::vector<std::pair<std::string, std::string>> parts;
    std::string list;
    std::vector<std::array<std::string, 3>> presentation_rels;
    for (size_t i = 0; i < slides.size(); ++i) {
        const FakeSlide& s = slides[i];
        const std::string rid = "rId" + std::to_string(100 + i);
        const std::string name = "slide" + std::to_string(s.part) + ".xml";
        list += R"(<p:sldId id=")" + std::to_string(s.id) + R"(" r:id=")" + rid + R"("/>)";
        presentation_rels.push_back({rid, "slide", "slides/" + name});
        parts.push_back({"ppt/slides/" + name, pptx_slide_xml(s)});
        std::vector<std::array<std::string, 3>> slide_rels = {
            {"rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"}};
        if (s.notes_part) {
            const std::string notes = "notesSlide" + std::to_string(s.notes_part) + ".xml";
            slide_rels.push_back({"rId2", "notesSlide", "../notesSlides/" + notes});
            parts.push_back({"ppt/notesSlides/" + notes, pptx_notes_xml(s.notes)});
        }
        parts.push_back({"ppt/slides/_rels/" + name + ".rels", rels_xml(slide_rels)});
    }
    presentation_rels.push_back({"rId1", "theme", "theme/theme1.xml"});
    parts.push_back(
        {"ppt/presentation.xml",
         R"(<?xml version="1.0"?><p:presentation xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
         R"(xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:sldIdLst>)" +
             list + R"(</p:sldIdLst><p:sldSz cx=")" + std::to_string(cx) + R"(" cy=")" +
             std::to_string(cy) + R"("/></p:presentation>)"});
    parts.push_back({"ppt/_rels/presentation.xml.rels", rels_xml(presentation_rels)});
    parts.push_back(
        {"ppt/theme/theme1.xml",
         R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme>)"
         R"(<a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont><a:minorFont>)"
         R"(<a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>)"});
    parts.push_back(
        {"docProps/core.xml",
         R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
         R"(xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>)" +
             title + "</dc:title><dc:creator>" + creator + "</dc:creator></cp:coreProperties>"});
    return parts;
}

// One Impress page: its style carries hidden and the automatic transition, as Impress writes.
struct FakePage {
    std::string title{};
    std::string notes{};
    bool hidden = false;
    std::string duration{};       // "PT00H00M15S"; empty: waits for a click
    bool hidden_on_page = false;  // visibility on draw:page itself instead of in the style
};

inline std::vector<std::pair<std::string, std::string>> odp_parts(
    const std::vector<FakePage>& pages, const std::string& title, const std::string& creator) {
    const std::string ns =
        R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
        R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
        R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
        R"(xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" )"
        R"(xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" )"
        R"(xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" )"
        R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" )"
        R"(xmlns:dc="http://purl.org/dc/elements/1.1/" )"
        R"(xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0")";
    std::string styles, body;
    for (size_t i = 0; i < pages.size(); ++i) {
        const FakePage& p = pages[i];
        const std::string name = "dp" + std::to_string(i + 1);
        styles += R"(<style:style style:name=")" + name +
                  R"(" style:family="drawing-page"><style:drawing-page-properties)";
        if (p.hidden && !p.hidden_on_page) styles += R"( presentation:visibility="hidden")";
        if (!p.duration.empty())
            styles += R"( presentation:transition-type="automatic" presentation:duration=")" +
                      p.duration + R"(")";
        styles += "/></style:style>";
        body += R"(<draw:page draw:name="page)" + std::to_string(i + 1) + R"(" draw:style-name=")" +
                name + R"(")";
        if (p.hidden_on_page) body += R"( presentation:visibility="hidden")";
        body += R"(><draw:frame presentation:class="title"><draw:text-box><text:p>)" + p.title +
                R"(</text:p></draw:text-box></draw:frame>)";
        if (!p.notes.empty())
            body += R"(<presentation:notes><draw:frame presentation:class="notes"><draw:text-box>)"
                    R"(<text:p>)" +
                    p.notes + R"(</text:p></draw:text-box></draw:frame></presentation:notes>)";
        body += "</draw:page>";
    }
    return {{"mimetype", "application/vnd.oasis.opendocument.presentation"},
            {"content.xml",
             R"(<?xml version="1.0"?><office:document-content )" + ns +
                 R"(><office:font-face-decls><style:font-face style:name="Liberation Sans" )"
                 R"(svg:font-family="'Liberation Sans'"/></office:font-face-decls>)"
                 R"(<office:automatic-styles>)" +
                 styles + R"(</office:automatic-styles><office:body><office:presentation>)" + body +
                 "</office:presentation></office:body></office:document-content>"},
            {"styles.xml",
             R"(<?xml version="1.0"?><office:document-styles )" + ns +
                 R"(><office:automatic-styles><style:page-layout style:name="PM1">)"
                 R"(<style:page-layout-properties fo:page-width="28cm" fo:page-height="15.75cm"/>)"
                 R"(</style:page-layout></office:automatic-styles></office:document-styles>)"},
            {"meta.xml", R"(<?xml version="1.0"?><office:document-meta )" + ns +
                             R"(><office:meta><dc:title>)" + title +
                             "</dc:title><meta:initial-creator>" + creator +
                             "</meta:initial-creator></office:meta></office:document-meta>"}};
}

}  // namespace lightning::testing
