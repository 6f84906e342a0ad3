#include "core/deck/toml_values.hpp"

#include <cmath>
#include <optional>

#include "core/deck/deck.hpp"
#include "core/deck/toml_error_text.hpp"
#include "core/deck/toml_text_guard.hpp"
#include "core/time/time_text.hpp"

namespace lightning {
namespace {

[[noreturn]] void fail(const toml::node& node, std::string_view file, const std::string& what) {
    throw DeckError(toml_where(file, toml_line(node)) + ": " + what);
}

}  // namespace

std::string toml_where(std::string_view file, int line) {
    std::string text(file);
    if (line > 0) text += ":" + std::to_string(line);
    return text;
}

int toml_line(const toml::node& node) {
    return static_cast<int>(node.source().begin.line);
}

std::string toml_type_name(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string:
            return "a string";
        case toml::node_type::integer:
            return "an integer";
        case toml::node_type::floating_point:
            return "a number";
        case toml::node_type::boolean:
            return "true/false";
        case toml::node_type::table:
            return "a table";
        case toml::node_type::array:
            return "an array";
        default:
            return "a date/time";
    }
}

toml::table parse_toml_text(std::string_view text, std::string_view file) {
    // Windows editors save a byte order mark first: it is not text, so it is not an error.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    if (const auto problem = find_untomlable_text(text))
        throw DeckError(toml_where(file, problem->line) + ": not valid TOML: " + problem->what);
    try {
        return toml::parse(text, file);
    } catch (const toml::parse_error& error) {
        const auto line = static_cast<int>(error.source().begin.line);
        // The line toml++ points at, for the key and value the message quotes.
        std::string_view line_text = text;
        for (int n = 1; n < line && !line_text.empty(); ++n) {
            const auto end = line_text.find('\n');
            line_text =
                end == std::string_view::npos ? std::string_view{} : line_text.substr(end + 1);
        }
        line_text = line_text.substr(0, line_text.find('\n'));
        throw DeckError(toml_where(file, line) +
                        ": not valid TOML: " + toml_error_text(error.description(), line_text));
    }
}

std::string toml_string(const toml::node& node, std::string_view key, std::string_view file) {
    if (auto value = node.value<std::string>(); value && node.is_string()) return *value;
    fail(node, file,
         std::string(key) + " must be a string in quotes, like " + std::string(key) +
             " = \"...\" (found " + toml_type_name(node) + ")");
}

Millis toml_duration(const toml::node& node, std::string_view key, std::string_view file) {
    std::optional<Millis> parsed;
    if (node.is_string()) {
        parsed = parse_duration(*node.value<std::string>());
    } else if (node.is_number()) {
        const double seconds = *node.value<double>();
        if (std::isfinite(seconds) && seconds > 0 && seconds < 1e9)
            parsed = Millis{std::llround(seconds * 1000.0)};
    } else {
        fail(node, file,
             std::string(key) +
                 " must be a time like \"5:00\" or a number of seconds "
                 "(found " +
                 toml_type_name(node) + ")");
    }
    if (!parsed || parsed->count() <= 0)
        fail(node, file,
             std::string(key) +
                 " is not a valid time: write \"m:ss\" (like \"5:00\") or "
                 "a number of seconds greater than 0");
    return *parsed;
}

}  // namespace lightning
