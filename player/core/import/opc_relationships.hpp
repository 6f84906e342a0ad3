#pragma once
// The relationships of one part of an Office Open XML file (ppt/slides/_rels/slide3.xml.rels):
// how a PPTX links a slide to its notes, media and layout. Targets are resolved to part names.
#include <string>
#include <string_view>
#include <vector>

#include "core/import/zip_archive.hpp"

namespace lightning {

struct Relationship {
    std::string id;      // "rId7"
    std::string type;    // the type URI's last segment: "slide", "notesSlide", "video", ...
    std::string target;  // the part it names ("ppt/notesSlides/notesSlide9.xml"), or the URL
    bool external = false;
};

// The relationships part of `part` ("ppt/slides/slide3.xml" -> "ppt/slides/_rels/slide3.xml.rels").
std::string relationships_part(const std::string& part);

// Reads `part`'s relationships; none when it has no relationships part. A damaged one throws
// ImportError naming it and `slide`.
std::vector<Relationship> read_relationships(const ZipArchive& archive, const std::string& part,
                                             const std::string& slide);

const Relationship* find_by_id(const std::vector<Relationship>& relationships, std::string_view id);
const Relationship* find_by_type(const std::vector<Relationship>& relationships,
                                 std::string_view type);

}  // namespace lightning
