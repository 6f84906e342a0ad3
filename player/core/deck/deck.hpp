#pragma once
// A deck as the speaker brought it: a folder of slide images or a PDF file (one page a slide),
// optionally described by deck.toml. Loading a deck reads names, deck.toml and the PDF's page
// count only; no slide is decoded here.
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/deck/image_formats.hpp"
#include "core/time/clock.hpp"

namespace lightning {

enum class TalkFormat { FiveMinutes, Ignite, PechaKucha };

// "five-minutes", "ignite", "pechakucha".
std::string_view format_name(TalkFormat format);
std::optional<TalkFormat> parse_format(std::string_view name);

// A deck problem the speaker must fix; the message names the file (and line) and the fix.
class DeckError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct SlideEntry {
    std::filesystem::path path;     // the image file (the PDF file for a PDF deck)
    std::string file;               // its name as written in the folder / deck.toml (UTF-8);
                                    // "talk.pdf#page=3" for a PDF page
    std::optional<Millis> planned;  // seconds from deck.toml, if given
    std::string notes;              // speaker notes from deck.toml
    int toml_line = 0;              // line of its [[slide]] entry, 0 when not from deck.toml
    int page = -1;                  // 0-based page of a PDF deck; -1 for an image
};

struct Deck {
    std::filesystem::path folder;  // the deck folder, or the folder holding the PDF
    std::filesystem::path pdf;     // the PDF file of a PDF deck; empty for an image folder
    int pdf_pages = 0;
    std::filesystem::path toml_path;  // empty when the deck has no deck.toml
    std::string title;                // from deck.toml, else the folder name
    std::string speaker;
    TalkFormat format = TalkFormat::FiveMinutes;
    int format_line = 0;
    std::optional<Millis> total;  // explicit total from deck.toml
    int total_line = 0;
    std::vector<SlideEntry> slides;
    std::vector<std::string> warnings;       // non-fatal: unknown keys, unlisted images, ...
    std::vector<std::string> ignored_files;  // files in the folder that are not slides
    // Images (or "page N" of a PDF) that [[slide]] entries leave out, so they are not shown:
    // the entries give the order and the set. In natural order.
    std::vector<std::string> left_out;

    // "deck.toml:12" (with the folder) for messages about a line of deck.toml.
    std::string where(int line) const;
};

// One warning for all of deck.left_out (empty when none is): how many, the first few names, and
// what to do. play prints it before the talk starts, check once for the deck.
std::string left_out_warning(const Deck& deck);

// The slide showing page `page` (0-based) of a PDF deck.
SlideEntry pdf_slide(const Deck& deck, int page);

// Loads a deck folder or a PDF file. Throws DeckError naming the folder, file or deck.toml line on
// any problem.
Deck load_deck(const std::filesystem::path& folder_or_pdf);

// Fills deck.title/speaker/format/total and, when [[slide]] entries exist, deck.slides from the
// deck.toml at deck.toml_path; `images` are the natural-sorted image files of the folder (unused
// for a PDF deck, whose [[slide]] entries name pages).
void read_deck_toml(Deck& deck, const std::vector<std::string>& images);
// The same from deck.toml's text (deck.toml_path only names it in messages); the fuzzer's entry.
void read_deck_toml_text(Deck& deck, std::string_view text, const std::vector<std::string>& images);

}  // namespace lightning
