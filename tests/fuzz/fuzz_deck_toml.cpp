// libFuzzer target: deck.toml text of any shape, for an image deck or a PDF deck, must either
// load or be refused with a DeckError (never crash, hang, or throw anything else).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

#include "core/deck/deck.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // The first byte picks the deck kind: even bytes an image folder, odd bytes a PDF of 1-8 pages.
    const bool pdf = data[0] & 1;
    lightning::Deck deck;
    deck.folder = std::filesystem::temp_directory_path();
    deck.toml_path = deck.folder / "deck.toml";
    if (pdf) {
        deck.pdf = deck.folder / "talk.pdf";
        deck.pdf_pages = 1 + (data[0] >> 1) % 8;
    }
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        lightning::read_deck_toml_text(deck, text, {"01.png", "02.png"});
    } catch (const lightning::DeckError&) {
        // refused with a message: what bad input should get
    }
    return 0;
}
