// The core built without poppler (LIGHTNING_PDF=OFF): PDF decks are refused by name with the way
// to get support, and image decks still load.
#include <doctest/doctest.h>

#include <fstream>

#include "../support/temp_deck.hpp"

using lightning::testing::TempDeck;
#include "core/deck/deck.hpp"
#include "core/deck/pdf_document.hpp"

using namespace lightning;

TEST_CASE("without PDF support a PDF deck is refused with the way to get it") {
    CHECK_FALSE(pdf_supported());
    TempDeck deck;
    const auto pdf = deck.path() / "talk.pdf";
    std::ofstream(pdf) << "%PDF-1.5\n";
    try {
        load_deck(pdf);
        FAIL("a PDF deck loaded without PDF support");
    } catch (const DeckError& error) {
        const std::string message = error.what();
        CHECK(message.find(pdf.string()) != std::string::npos);
        CHECK(message.find("built without PDF support") != std::string::npos);
        CHECK(message.find("apt-get install libpoppler-cpp-dev") != std::string::npos);
    }
}
