#pragma once
// What kind of presentation the speaker sent, from its bytes (and, for a Keynote bundle or a
// link, its shape), never from its name alone. Kinds import cannot read get a one-line answer
// with the exact steps to export a PDF or a PPTX, so nothing is half-imported.
#include <filesystem>
#include <string>

namespace lightning {

enum class SourceKind { Pptx, Odp, Keynote, Ole, Pdf, Link, Folder, Unknown };

// Reads at most the first bytes of a file and, for a zip, its directory's names.
SourceKind source_kind(const std::string& argument);

// The one-line answer for a kind import refuses (all but Pptx and Odp): what the file
// is and what to do with it. `argument` as the user wrote it.
std::string refusal(SourceKind kind, const std::string& argument);

}  // namespace lightning
