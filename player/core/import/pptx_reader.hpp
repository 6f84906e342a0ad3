#pragma once
// A PowerPoint file's talk: slide order from ppt/presentation.xml's p:sldIdLst through its
// relationships (ids need not ascend, part names need not match the order), each slide's notes
// through the slide's own relationships, hidden slides (show="0"), auto-advance times
// (p:transition advTm, also inside mc:AlternateContent), animations, transitions, media and fonts.
#include "core/import/imported_talk.hpp"
#include "core/import/zip_archive.hpp"

namespace lightning {

// Throws ImportError naming the file, the part and the slide when a part is missing or damaged.
ImportedTalk read_pptx(const ZipArchive& archive);

}  // namespace lightning
