#include "deck.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <system_error>

#include "natural_sort.hpp"

namespace lightning {
namespace fs = std::filesystem;

std::string_view format_name(TalkFormat format) {
    switch (format) {
        case TalkFormat::Ignite: return "ignite";
        case TalkFormat::PechaKucha: return "pechakucha";
        case TalkFormat::FiveMinutes: break;
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

bool is_slide_image(const fs::path& file) {
    // What SDL_image 2.6 decodes as still images; SVG is left out (it renders poorly there).
    static constexpr std::array<std::string_view, 20> kExtensions = {
        ".png", ".jpg", ".jpeg", ".jpe", ".bmp", ".webp", ".gif", ".tga", ".tif", ".tiff",
        ".pnm", ".ppm", ".pgm", ".pbm", ".pcx", ".qoi", ".xpm", ".lbm", ".avif", ".jxl"};
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

Deck load_deck(const fs::path& folder) {
    std::error_code error;
    const auto status = fs::status(folder, error);
    if (error && error != std::errc::no_such_file_or_directory)
        throw DeckError("cannot open deck folder " + folder.string() + ": " + error.message() +
                        " (a symbolic link loop or a permission problem?)");
    if (error || !fs::exists(status))
        throw DeckError("deck folder " + folder.string() +
                        " does not exist: check the path (a deck is a folder of slide images)");
    if (!fs::is_directory(status))
        throw DeckError(folder.string() + " is not a folder: a deck is a folder of slide images");

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

    if (!deck.toml_path.empty()) read_deck_toml(deck, images);
    if (deck.slides.empty()) {
        for (const auto& name : images)
            deck.slides.push_back(SlideEntry{folder / name, name, std::nullopt, {}, 0});
    }
    if (deck.slides.empty())
        throw DeckError("deck folder " + folder.string() +
                        " has no slides: put PNG or JPEG images in it (slides are shown in "
                        "natural order of their names)");
    return deck;
}

}  // namespace lightning
