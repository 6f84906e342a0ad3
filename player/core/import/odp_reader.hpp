#pragma once
// An Impress (ODF) file's talk: pages in content.xml's draw:page order, notes from each page's
// presentation:notes, hidden pages (presentation:visibility="hidden", on the page or, as Impress
// writes it, in the page's drawing-page style), auto-advance (presentation:duration with
// presentation:transition-type="automatic", in the style), title and author from meta.xml.
#include "core/import/imported_talk.hpp"
#include "core/import/zip_archive.hpp"

namespace lightning {

// Throws ImportError naming the file, the part and the slide when a part is missing or damaged.
ImportedTalk read_odp(const ZipArchive& archive);

}  // namespace lightning
