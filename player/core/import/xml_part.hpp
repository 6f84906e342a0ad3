#pragma once
// One XML part of a presentation, parsed by pugixml with its default options, which neither read
// a DOCTYPE's entity declarations nor expand them (a "billion laughs" part stays small). Names are
// matched by local name, so a file that binds other prefixes to the same namespaces still reads.
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "core/import/zip_archive.hpp"

namespace lightning {

// Text lies a few levels deep in any real file; a file nested thousands deep (made to exhaust
// the stack) gives up its text below this depth (both readers walk text recursively).
inline constexpr int kMaxTextDepth = 64;

// Parses `part`; throws ImportError naming the file, the part, `slide` (e.g. "slide 3"; may be
// empty) and where the XML breaks.
pugi::xml_document parse_part(const ZipArchive& archive, const std::string& part,
                              const std::string& slide);
// The same for a part that holds every slide (ODP's content.xml): a break is named by the slide
// it falls in, counting `slide_tag` ("<draw:page ") before it.
pugi::xml_document parse_part_of_slides(const ZipArchive& archive, const std::string& part,
                                        std::string_view slide_tag);

// The name without its prefix: "p:sld" -> "sld".
std::string_view local_name(const pugi::xml_node& node);
std::string_view local_name(const pugi::xml_attribute& attribute);

// The first child (or descendant, depth first) with that local name; empty when none.
pugi::xml_node child(const pugi::xml_node& node, std::string_view local);
pugi::xml_node descendant(const pugi::xml_node& node, std::string_view local);
// The attribute with that local name ("r:id" -> "id"); empty when none.
pugi::xml_attribute attribute(const pugi::xml_node& node, std::string_view local);

// The text of every `text_local` element below `node` (a:t, text:span...), paragraphs
// (`paragraph_local`) on their own lines, trimmed.
std::string paragraphs_text(const pugi::xml_node& node, std::string_view paragraph_local,
                            std::string_view text_local);

// A folder-relative target resolved against the part that names it:
// ("ppt/slides/slide1.xml", "../notesSlides/notesSlide3.xml") -> "ppt/notesSlides/notesSlide3.xml".
std::string resolve_target(const std::string& from_part, const std::string& target);

}  // namespace lightning
