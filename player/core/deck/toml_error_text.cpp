#include "core/deck/toml_error_text.hpp"

namespace lightning {

namespace {

bool has(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

// The line's key and value as written ("total", "5:00"), a trailing comment left out.
struct KeyValue {
    std::string_view key, value;
};
KeyValue split(std::string_view line) {
    const auto equals = line.find('=');
    if (equals == std::string_view::npos) return {};
    std::string_view value = line.substr(equals + 1);
    if (const auto hash = value.find('#'); hash != std::string_view::npos)
        value = value.substr(0, hash);
    return {trim(line.substr(0, equals)), trim(value)};
}

// toml++ names the key in "cannot redefine existing string 'title'".
std::string quoted_name(std::string_view description) {
    const auto open = description.rfind('\'', description.size() - 2);
    if (description.empty() || description.back() != '\'' || open == std::string_view::npos)
        return {};
    return std::string(description.substr(open + 1, description.size() - open - 2));
}

}  // namespace

std::string toml_error_text(std::string_view description, std::string_view line) {
    const KeyValue kv = split(line);
    const std::string key(kv.key.empty() ? "title" : kv.key);
    if (has(description, "invalid utf-8"))
        return "the file is not saved as UTF-8 (Latin-1 or Windows-1252?): save it again as "
               "UTF-8 (most editors: Save As, encoding UTF-8)";
    if (has(description, "cannot redefine existing")) {
        const std::string name = quoted_name(description);
        return (name.empty() ? std::string("a key") : "'" + name + "'") +
               " is set twice; keep one of the two lines (each [[slide]] starts a new slide)";
    }
    if ((has(description, "parsing time") || has(description, "parsing date")) && !kv.value.empty())
        return "a time goes in quotes: write " + key + " = \"" + std::string(kv.value) + "\"";
    if (has(description, "could not determine value type") && !kv.value.empty())
        return "text goes in quotes: write " + key + " = \"" + std::string(kv.value) + "\"";
    if (has(description, "parsing string") && has(description, "control characters"))
        return "a text in quotes is not closed on its line: end it with \" (text over several "
               "lines goes in \"\"\"triple quotes\"\"\")";
    if (has(description, "table header") || has(description, "array-of-tables header"))
        return "a [section] line is not closed: write it like [settings] or [[slide]]";
    if (has(description, "parsing key-value pair") && has(description, "expected '='"))
        return "each line must be key = value, like title = \"My talk\" (this line is not)";
    return std::string(description);
}

}  // namespace lightning
