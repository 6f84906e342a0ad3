#include "core/deck/deck.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <system_error>

#include "core/deck/image_formats.hpp"
#include "core/deck/natural_sort.hpp"
#include "core/deck/pdf_document.hpp"
#include "core/file/lower_case.hpp"

namespace lightning {
namespace fs = std::filesystem;

std::string_view format_name(TalkFormat format) {
    switch (format) {
        case TalkFormat::Ignite:
            return "ignite";
        case TalkFormat::PechaKucha:
            return "pechakucha";
        case TalkFormat::FiveMinutes:
            break;
    }
    return "five-minutes";
}

std::optional<TalkFormat> parse_format(std::string_view name) {
    if (name == "ignite") return TalkFormat::Ignite;
    if (name == "pechakucha") return TalkFormat::PechaKucha;
    if (name == "five-minutes") return TalkFormat::FiveMinutes;
    return std::nullopt;
}

std::string Deck::where(int line) const {
    std::string text = toml_path.empty() ? std::string("deck.toml") : toml_path.string();
    if (line > 0) text += ":" + std::to_string(line);
    return text;
}

namespace {

// A PDF deck: one slide a page. Its deck.toml is "talk.pdf.toml" beside it, else "deck.toml" in
// the same folder.
Deck load_pdf_deck(const fs::path& file) {
    Deck deck;
    deck.pdf = file;
    deck.folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    deck.title = file.stem().string();
    deck.pdf_pages = PdfDocument(file).page_count();
    std::error_code error;
    const fs::path own_toml = fs::path(file.string() + ".toml");
    if (fs::is_regular_file(own_toml, error))
        deck.toml_path = own_toml;
    else if (fs::is_regular_file(deck.folder / "deck.toml", error))
        deck.toml_path = deck.folder / "deck.toml";
    if (!deck.toml_path.empty()) read_deck_toml(deck, {});
    if (deck.slides.empty()) {
        for (int page = 0; page < deck.pdf_pages; ++page)
            deck.slides.push_back(pdf_slide(deck, page));
    }
    return deck;
}

// A symbolic link in the deck folder to a picture elsewhere plays (a speaker may link a shared
// logo), but check says so: the deck is not self-contained, and the link may not survive a copy.
void warn_links_outside(Deck& deck) {
    std::error_code error;
    const fs::path root = fs::weakly_canonical(deck.folder, error);
    if (error) return;
    for (const auto& slide : deck.slides) {
        const fs::path target = fs::weakly_canonical(slide.path, error);
        if (error) continue;
        const auto inside = target.lexically_relative(root);
        if (inside.empty() || *inside.begin() == "..")
            deck.warnings.push_back("slide file \"" + slide.file +
                                    "\" is a symbolic link that leads outside the deck folder; "
                                    "copy the picture into the folder");
    }
}

}  // namespace

std::string left_out_warning(const Deck& deck) {
    if (deck.left_out.empty()) return {};
    const size_t count = deck.left_out.size();
    const bool pdf = !deck.pdf.empty();
    std::string names;
    for (size_t i = 0; i < count && i < 3; ++i) names += (i ? ", " : "") + deck.left_out[i];
    if (count > 3) names += " and " + std::to_string(count - 3) + " more";
    const std::string what = pdf ? "page" : "image";
    return deck.where(0) + "'s [[slide]] entries leave out " + std::to_string(count) + " " + what +
           (count == 1 ? "" : "s") + " of the " + (pdf ? "PDF" : "folder") + " (" + names +
           "), so " + (count == 1 ? "it is" : "they are") +
           " not shown: the entries give the order and the set of slides. List every " + what +
           " to show" + (pdf ? "" : ", or remove the [[slide]] entries to show the whole folder") +
           " (" + std::to_string(deck.slides.size()) + " listed now)";
}

SlideEntry pdf_slide(const Deck& deck, int page) {
    SlideEntry slide;
    slide.path = deck.pdf;
    slide.file = deck.pdf.filename().string() + "#page=" + std::to_string(page + 1);
    slide.page = page;
    return slide;
}

Deck load_deck(const fs::path& folder) {
    std::error_code error;
    const auto status = fs::status(folder, error);
    if (error && error != std::errc::no_such_file_or_directory)
        throw DeckError("cannot open deck folder " + folder.string() + ": " + error.message() +
                        " (a symbolic link loop or a permission problem?)");
    if (error || !fs::exists(status))
        throw DeckError(
            "deck folder " + folder.string() +
            " does not exist: check the path (a deck is a folder of slide images, or a PDF file)");
    if (fs::is_regular_file(status) && lower_extension(folder) == ".pdf")
        return load_pdf_deck(folder);
    if (!fs::is_directory(status))
        throw DeckError(
            folder.string() +
            " is not a folder or a PDF: a deck is a folder of slide images or a .pdf file");

    Deck deck;
    deck.folder = folder;
    fs::path clean = fs::absolute(folder).lexically_normal();
    if (!clean.has_filename()) clean = clean.parent_path();  // "decks/demo/" names "demo"
    deck.title = clean.filename().string();

    std::vector<std::string> images;
    fs::directory_iterator it(folder, error);
    if (error)
        throw DeckError("cannot read deck folder " + folder.string() + ": " + error.message() +
                        " (check its permissions)");
    for (const auto& entry : it) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name[0] == '.') continue;  // hidden files, macOS "._x.png" forks
        if (name == "deck.toml") {
            std::error_code toml_error;
            if (!entry.is_regular_file(toml_error))
                throw DeckError(entry.path().string() +
                                " is not a file (a folder?): deck.toml must be a text file; rename "
                                "or remove it");
            deck.toml_path = entry.path();
            continue;
        }
        std::error_code kind_error;
        if (!entry.is_regular_file(kind_error)) continue;
        if (is_slide_image(entry.path()))
            images.push_back(name);
        else
            deck.ignored_files.push_back(name);
    }
    std::sort(images.begin(), images.end(), natural_less);
    std::sort(deck.ignored_files.begin(), deck.ignored_files.end(), natural_less);

    // A folder holding just one PDF (how many speakers hand in their slides) is that PDF's deck.
    if (images.empty() && deck.ignored_files.size() == 1 &&
        lower_extension(deck.ignored_files.front()) == ".pdf")
        return load_pdf_deck(folder / deck.ignored_files.front());

    if (!deck.toml_path.empty()) read_deck_toml(deck, images);
    if (deck.slides.empty()) {
        for (const auto& name : images)
            deck.slides.push_back(SlideEntry{folder / name, name, std::nullopt, {}, 0});
    }
    warn_links_outside(deck);
    if (deck.slides.empty())
        throw DeckError("deck folder " + folder.string() +
                        " has no slides: put PNG or JPEG images in it (slides are shown in "
                        "natural order of their names)");
    return deck;
}

}  // namespace lightning
