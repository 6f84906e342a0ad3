// deck.toml reading. Kept apart from deck.cpp because toml++ is heavy to compile and this is
// the only file that needs it.
#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "deck.hpp"
#include "time_text.hpp"

namespace lightning {
namespace {

int line_of(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

std::string type_name(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string: return "a string";
        case toml::node_type::integer: return "an integer";
        case toml::node_type::floating_point: return "a number";
        case toml::node_type::boolean: return "true/false";
        case toml::node_type::table: return "a table";
        case toml::node_type::array: return "an array";
        default: return "a date/time";
    }
}

class TomlReader {
public:
    explicit TomlReader(Deck& deck) : deck_(deck) {}

    [[noreturn]] void fail(const toml::node& node, const std::string& what) const {
        throw DeckError(deck_.where(line_of(node)) + ": " + what);
    }

    std::string string_value(const toml::node& node, std::string_view key) const {
        if (auto value = node.value<std::string>(); value && node.is_string()) return *value;
        fail(node, std::string(key) + " must be a string in quotes, like " + std::string(key) +
                       " = \"...\" (found " + type_name(node) + ")");
    }

    // A time: "m:ss" string or a number of seconds.
    Millis duration_value(const toml::node& node, std::string_view key) const {
        std::optional<Millis> parsed;
        if (node.is_string()) {
            parsed = parse_duration(*node.value<std::string>());
        } else if (node.is_number()) {
            const double seconds = *node.value<double>();
            if (std::isfinite(seconds) && seconds > 0 && seconds < 1e9)
                parsed = Millis{std::llround(seconds * 1000.0)};
        } else {
            fail(node, std::string(key) + " must be a time like \"5:00\" or a number of seconds "
                                          "(found " + type_name(node) + ")");
        }
        if (!parsed || parsed->count() <= 0)
            fail(node, std::string(key) + " is not a valid time: write \"m:ss\" (like \"5:00\") or "
                                          "a number of seconds greater than 0");
        return *parsed;
    }

    void warn_unknown(const toml::node& node, std::string_view key, std::string_view allowed) {
        deck_.warnings.push_back(deck_.where(line_of(node)) + ": unknown key '" +
                                 std::string(key) + "' is ignored (known keys: " +
                                 std::string(allowed) + ")");
    }

    void read_top(const toml::table& root, const std::vector<std::string>& images) {
        for (const auto& [key, node] : root) {
            const std::string_view name = key.str();
            if (name == "title") {
                deck_.title = string_value(node, name);
            } else if (name == "speaker") {
                deck_.speaker = string_value(node, name);
            } else if (name == "format") {
                const auto text = string_value(node, name);
                const auto format = parse_format(text);
                if (!format)
                    fail(node, "unknown format \"" + text +
                                   "\": use \"ignite\" (15 s a slide), \"pechakucha\" (20 s a "
                                   "slide) or \"five-minutes\" (the total split evenly)");
                deck_.format = *format;
                deck_.format_line = line_of(node);
            } else if (name == "total") {
                deck_.total = duration_value(node, name);
                deck_.total_line = line_of(node);
            } else if (name == "slide") {
                read_slides(node, images);
            } else {
                warn_unknown(node, name, "title, speaker, format, total, [[slide]]");
            }
        }
    }

    void read_slides(const toml::node& node, const std::vector<std::string>& images) {
        const auto* entries = node.as_array();
        if (!entries || !entries->is_array_of_tables())
            fail(node, "slide entries must be written as [[slide]] tables, each with file = \"...\"");
        std::set<std::string> seen;
        for (const auto& item : *entries) {
            const auto& table = *item.as_table();
            SlideEntry slide;
            slide.toml_line = line_of(table);
            for (const auto& [key, value] : table) {
                const std::string_view name = key.str();
                if (name == "file") {
                    slide.file = string_value(value, name);
                } else if (name == "seconds") {
                    slide.planned = duration_value(value, name);
                } else if (name == "notes") {
                    slide.notes = string_value(value, name);
                } else {
                    warn_unknown(value, name, "file, seconds, notes");
                }
            }
            if (slide.file.empty())
                throw DeckError(deck_.where(slide.toml_line) +
                                ": this [[slide]] has no file: add file = \"name.png\"");
            slide.path = deck_.folder / slide.file;
            std::error_code error;
            if (!std::filesystem::is_regular_file(slide.path, error))
                throw DeckError(deck_.where(slide.toml_line) + ": slide file \"" + slide.file +
                                "\" does not exist in " + deck_.folder.string() +
                                ": fix the name or remove this [[slide]]");
            if (!seen.insert(slide.file).second)
                deck_.warnings.push_back(deck_.where(slide.toml_line) + ": \"" + slide.file +
                                         "\" is listed more than once; it will be shown each time");
            deck_.slides.push_back(std::move(slide));
        }
        for (const auto& image : images)
            if (!seen.count(image))
                deck_.warnings.push_back(image + " is not listed in deck.toml's [[slide]] entries, "
                                                 "so it is not shown");
    }

private:
    Deck& deck_;
};

}  // namespace

void read_deck_toml(Deck& deck, const std::vector<std::string>& images) {
    toml::table root;
    try {
        root = toml::parse_file(deck.toml_path.string());
    } catch (const toml::parse_error& error) {
        throw DeckError(deck.where(static_cast<int>(error.source().begin.line)) +
                        ": not valid TOML: " + std::string(error.description()));
    }
    TomlReader(deck).read_top(root, images);
}

}  // namespace lightning
