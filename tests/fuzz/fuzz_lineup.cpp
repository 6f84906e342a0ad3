// libFuzzer target: lineup text of any shape must either read or be refused with a DeckError
// (never crash, hang, or throw anything else). What reads must hold what the session relies on
// (at least one talk, each with a deck path and its [[talk]] line), and each talk's timing must
// build a schedule for a 20-slide deck or be refused with a DeckError. Decks are not loaded:
// that would make the fuzzer walk whatever folders the input names.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/event/lineup.hpp"

namespace {

lightning::Deck twenty_slides() {
    lightning::Deck deck;
    for (int i = 0; i < 20; ++i)
        deck.slides.push_back(lightning::SlideEntry{"s.png", "s.png", {}, {}, 0});
    return deck;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const lightning::Deck deck = twenty_slides();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    lightning::Lineup lineup;
    try {
        lineup = lightning::read_lineup_text(text, "/events/friday/lineup.toml");
    } catch (const lightning::DeckError&) {
        return 0;  // refused with a message: what bad input should get
    }
    if (lineup.talks.empty() || lineup.name.empty()) std::abort();
    for (const auto& talk : lineup.talks) {
        if (talk.deck.empty() || talk.toml_line <= 0) std::abort();
        try {
            const auto schedule = lightning::make_schedule(deck, talk.timing);
            if (schedule.count() != 20 || schedule.total.count() <= 0) std::abort();
        } catch (const lightning::DeckError&) {
        }
    }
    return 0;
}
