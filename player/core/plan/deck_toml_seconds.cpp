#include "core/plan/deck_toml_seconds.hpp"

#include <cstdio>

#include "core/deck/deck.hpp"
#include "core/deck/toml_text.hpp"
#include "core/deck/toml_values.hpp"
#include "core/log/byte_text.hpp"

namespace lightning {

namespace {

// The text as lines, each with its own ending ("\n", "\r\n" or none for the last), so that
// joining them gives the text back exactly.
std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        const size_t end = text.find('\n', start);
        const size_t next = end == std::string_view::npos ? text.size() : end + 1;
        lines.emplace_back(text.substr(start, next - start));
        start = next;
    }
    return lines;
}

std::string line_ending(const std::string& line) {
    if (line.size() >= 2 && line.compare(line.size() - 2, 2, "\r\n") == 0) return "\r\n";
    return "\n";
}

// Replaces the value of `node` (a number or string on one line) in `lines`, keeping the rest of
// the line (a trailing comment). toml++ counts columns in code points; a key and `=` before a
// value are ASCII in a standard table, so code points are bytes up to there.
void replace_value(std::vector<std::string>& lines, const toml::node& node,
                   const std::string& value, std::string_view file) {
    const auto& region = node.source();
    const auto line = static_cast<size_t>(region.begin.line);
    if (region.begin.line != region.end.line || line == 0 || line > lines.size())
        throw DeckError(toml_where(file, static_cast<int>(region.begin.line)) +
                        ": this value spans lines; write it on one line (like seconds = 10) "
                        "and run plan --write again");
    std::string& text = lines[line - 1];
    // toml++ skips a byte order mark before counting the first line's columns.
    const size_t bom = line == 1 && text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    const size_t begin = region.begin.column - 1 + bom, end = region.end.column - 1 + bom;
    if (end > text.size() || begin >= end)
        throw DeckError(toml_where(file, static_cast<int>(line)) +
                        ": cannot find this value on its line; write it as seconds = 10 and run "
                        "plan --write again");
    text.replace(begin, end - begin, value);
}

std::string appended_slides(const SecondsEdit& edit, bool after_text, const std::string& eol) {
    std::string out = after_text ? eol : "";
    out += "# Planned by lightning plan --write from the rehearsals.";
    for (size_t k = 0; k < edit.seconds_ms.size(); ++k) {
        // TOML is UTF-8: a Latin-1 name from an old zip cannot be written as it is.
        if (!edit.pdf && !is_valid_utf8(edit.files[k]))
            throw DeckError("slide " + std::to_string(k + 1) +
                            "'s file name is not UTF-8, so deck.toml cannot name it: rename the "
                            "file (or list the slides in deck.toml yourself) and run plan again");
        out += eol + "[[slide]]" + eol;
        if (!edit.pdf) out += "file = " + toml_quoted(edit.files[k]) + eol;
        out += "seconds = " + toml_seconds(Millis{edit.seconds_ms[k]});
    }
    return out + eol;
}

}  // namespace

std::string with_planned_seconds(std::string_view text, std::string_view file,
                                 const SecondsEdit& edit) {
    const toml::table root = parse_toml_text(text, file);
    std::vector<std::string> lines = split_lines(text);
    if (const auto* total = root.get("total"))
        if (toml_duration(*total, "total", file).count() != edit.total_ms)
            replace_value(lines, *total, toml_seconds(Millis{edit.total_ms}), file);
    const toml::node* slides = root.get("slide");
    if (!slides) {
        std::string out;
        for (const auto& line : lines) out += line;
        const std::string eol = lines.empty() ? "\n" : line_ending(lines.front());
        if (!out.empty() && out.back() != '\n') out += eol;
        return out + appended_slides(edit, !out.empty(), eol);
    }
    const auto* entries = slides->as_array();
    bool inline_written = !entries || !entries->is_array_of_tables();
    if (entries)
        for (const auto& entry : *entries)
            if (entry.is_table() && entry.as_table()->is_inline()) inline_written = true;
    if (inline_written)
        throw DeckError(toml_where(file, toml_line(*slides)) +
                        ": the slides are written as an inline array (slide = [...]), which plan "
                        "cannot edit line by line; rewrite them as [[slide]] tables (one per "
                        "slide, each with its keys on lines of their own) or add seconds = X to "
                        "each by hand from the plan printed above");
    if (entries->size() != edit.seconds_ms.size())
        throw DeckError(std::string(file) + " has " + std::to_string(entries->size()) +
                        " [[slide]] entries but the plan has " +
                        std::to_string(edit.seconds_ms.size()) + " slides: check the deck");
    // Insertions shift the lines below them: go from the last slide up.
    for (size_t k = entries->size(); k-- > 0;) {
        const toml::table& table = *(*entries)[k].as_table();
        const std::string value = toml_seconds(Millis{edit.seconds_ms[k]});
        if (const auto* seconds = table.get("seconds")) {
            replace_value(lines, *seconds, value, file);
            continue;
        }
        const auto header = static_cast<size_t>(table.source().begin.line);
        if (header == 0 || header > lines.size())
            throw DeckError(toml_where(file, static_cast<int>(header)) +
                            ": cannot find this [[slide]]'s header line; add seconds = " + value +
                            " to it by hand");
        if (lines[header - 1].back() != '\n') lines[header - 1] += "\n";
        lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(header),
                     "seconds = " + value + line_ending(lines[header - 1]));
    }
    std::string out;
    for (const auto& line : lines) out += line;
    return out;
}

}  // namespace lightning
