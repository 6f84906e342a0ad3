#pragma once
// `plan --write`: the planned seconds written into deck.toml (or talk.pdf.toml) as a line-based
// edit of its text, so everything else stays byte for byte: comments, the order of keys and
// tables, other keys, blank lines, line endings and a byte order mark. toml++ only says where:
// each [[slide]] table's header line and each `seconds` value's line and columns.
// - a `seconds = ...` line: its value is replaced, a trailing comment kept;
// - a [[slide]] without seconds: `seconds = X` is inserted after its header line;
// - no [[slide]] at all: one `[[slide]]` per slide is appended (with `file = "..."` for an image
//   deck, only seconds for a PDF deck's pages in order), so the deck shows the same slides.
// An explicit `total` that differs from the plan's is replaced the same way (seconds must add
// up to it). Slides written as an inline array (slide = [{...}]) are refused: the edit would
// have to rewrite them.
#include <string>
#include <string_view>
#include <vector>

namespace lightning {

struct SecondsEdit {
    std::vector<long long> seconds_ms;  // per slide, in the deck's order
    std::vector<std::string> files;     // per slide: the file to name when appending (image deck)
    bool pdf = false;                   // a PDF deck: appended entries name no file
    long long total_ms = 0;             // the plan's total (replaces a differing `total`)
};

// The new text. `text` is the file's (empty when there is none); `file` names it in messages.
// Throws DeckError("FILE:LINE: ...") when the file cannot be edited so, saying what to do.
std::string with_planned_seconds(std::string_view text, std::string_view file,
                                 const SecondsEdit& edit);

}  // namespace lightning
