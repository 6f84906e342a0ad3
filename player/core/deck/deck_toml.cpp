// deck.toml reading. Kept apart from deck.cpp because toml++ is heavy to compile.
#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>

#include "core/deck/deck.hpp"
#include "core/deck/toml_values.hpp"

namespace lightning {
namespace {

class TomlReader {
public:
    explicit TomlReader(Deck& deck) : deck_(deck) {}

    [[noreturn]] void fail(const toml::node& node, const std::string& what) const {
        throw DeckError(deck_.where(toml_line(node)) + ": " + what);
    }

    std::string string_value(const toml::node& node, std::string_view key) const {
        return toml_string(node, key, deck_.where(0));
    }

    Millis duration_value(const toml::node& node, std::string_view key) const {
        return toml_duration(node, key, deck_.where(0));
    }

    void warn_unknown(const toml::node& node, std::string_view key, std::string_view allowed) {
        deck_.warnings.push_back(deck_.where(toml_line(node)) + ": unknown key '" +
                                 std::string(key) +
                                 "' is ignored (known keys: " + std::string(allowed) + ")");
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
                deck_.format_line = toml_line(node);
            } else if (name == "total") {
                deck_.total = duration_value(node, name);
                deck_.total_line = toml_line(node);
            } else if (name == "slide") {
                read_slides(node, images);
            } else if (name == "settings" || name == "background" || name == "font") {
                // [settings] (the deck's overlay, thresholds, ...) and the look's background and
                // font, which may be written at the top: read by core/config/config_file.
            } else {
                warn_unknown(
                    node, name,
                    "title, speaker, format, total, background, font, [settings], [[slide]]");
            }
        }
    }

    void read_slides(const toml::node& node, const std::vector<std::string>& images) {
        const auto* entries = node.as_array();
        if (!entries || !entries->is_array_of_tables())
            fail(node,
                 deck_.pdf.empty()
                     ? "slide entries must be written as [[slide]] tables, each with file = \"...\""
                     : "slide entries must be written as [[slide]] tables");
        if (deck_.pdf.empty())
            read_image_slides(*entries, images);
        else
            read_pdf_slides(*entries);
    }

    void read_image_slides(const toml::array& entries, const std::vector<std::string>& images) {
        std::set<std::string> seen;
        for (const auto& item : entries) {
            const auto& table = *item.as_table();
            SlideEntry slide;
            slide.toml_line = toml_line(table);
            for (const auto& [key, value] : table) {
                const std::string_view name = key.str();
                if (name == "file") {
                    slide.file = string_value(value, name);
                } else if (!read_common(slide, name, value)) {
                    warn_unknown(value, name, "file, seconds, notes");
                }
            }
            if (slide.file.empty())
                throw DeckError(deck_.where(slide.toml_line) +
                                ": this [[slide]] has no file: add file = \"name.png\"");
            // A deck shows its own pictures only: an organizer's other files must not reach the
            // projector through a deck someone handed in.
            const std::filesystem::path written(slide.file);
            const auto clean = written.lexically_normal();
            if (written.is_absolute() || written.has_root_name() ||
                (!clean.empty() && *clean.begin() == ".."))
                throw DeckError(deck_.where(slide.toml_line) + ": slide file \"" + slide.file +
                                "\" is outside the deck folder; copy the picture into " +
                                deck_.folder.string() +
                                " and write its name relative to it, like file = \"slide.png\"");
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
            if (!seen.count(image)) deck_.left_out.push_back(image);
        if (!deck_.left_out.empty()) deck_.warnings.push_back(left_out_warning(deck_));
    }

    // A PDF deck's [[slide]] entries give seconds and notes to its pages in order; page = N picks
    // a page (and the entries after it continue from N + 1).
    void read_pdf_slides(const toml::array& entries) {
        std::set<int> seen;
        int next_page = 0;
        for (const auto& item : entries) {
            const auto& table = *item.as_table();
            const int line = toml_line(table);
            int page = next_page;
            std::string notes;
            SlideEntry probe;
            for (const auto& [key, value] : table) {
                const std::string_view name = key.str();
                if (name == "page") {
                    const auto number = value.value<std::int64_t>();
                    if (!value.is_integer() || *number < 1 || *number > deck_.pdf_pages)
                        fail(value, "page must be a page number from 1 to " +
                                        std::to_string(deck_.pdf_pages) + " (this PDF has " +
                                        std::to_string(deck_.pdf_pages) + " pages)");
                    page = static_cast<int>(*number) - 1;
                } else if (name == "file") {
                    fail(value, "a PDF deck's [[slide]] names a page (page = 3), not a file");
                } else if (!read_common(probe, name, value)) {
                    warn_unknown(value, name, "page, seconds, notes");
                }
            }
            if (page >= deck_.pdf_pages)
                throw DeckError(deck_.where(line) + ": this [[slide]] is for page " +
                                std::to_string(page + 1) + " but the PDF has only " +
                                std::to_string(deck_.pdf_pages) +
                                " pages: remove it or give it page = N");
            SlideEntry slide = pdf_slide(deck_, page);
            slide.toml_line = line;
            slide.planned = probe.planned;
            slide.notes = std::move(probe.notes);
            seen.insert(page);
            deck_.slides.push_back(std::move(slide));
            next_page = page + 1;
        }
        for (int page = 0; page < deck_.pdf_pages; ++page)
            if (!seen.count(page)) deck_.left_out.push_back("page " + std::to_string(page + 1));
        if (!deck_.left_out.empty()) deck_.warnings.push_back(left_out_warning(deck_));
    }

    // Keys every [[slide]] may have; false when `name` is not one of them.
    bool read_common(SlideEntry& slide, std::string_view name, const toml::node& value) const {
        if (name == "seconds") {
            slide.planned = duration_value(value, name);
        } else if (name == "notes") {
            slide.notes = string_value(value, name);
        } else {
            return false;
        }
        return true;
    }

private:
    Deck& deck_;
};

}  // namespace

void read_deck_toml_text(Deck& deck, std::string_view text,
                         const std::vector<std::string>& images) {
    const toml::table root = parse_toml_text(text, deck.where(0));
    TomlReader(deck).read_top(root, images);
}

void read_deck_toml(Deck& deck, const std::vector<std::string>& images) {
    std::ifstream file(deck.toml_path, std::ios::binary);
    if (!file)
        throw DeckError("cannot read " + deck.toml_path.string() + ": check its permissions");
    const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    if (file.bad()) throw DeckError("cannot read " + deck.toml_path.string() + ": a read error");
    read_deck_toml_text(deck, text, images);
}

}  // namespace lightning
