#pragma once
// Which format an imported talk's own timings mean, and the picture names its deck gets.
// 20 slides all at 15 s is ignite, all at 20 s pechakucha; anything else is five-minutes with each
// timed slide's own seconds. The format the timings aim at (most slides at 15 s or 20 s) is kept
// apart, so the preflight can say "slide 2 advances after 30 s; PechaKucha is 20 s".
#include <optional>
#include <string>
#include <vector>

#include "core/deck/deck.hpp"
#include "core/import/imported_talk.hpp"

namespace lightning {

struct DeckPlan {
    TalkFormat format = TalkFormat::FiveMinutes;  // what deck.toml says
    std::optional<TalkFormat> aimed;              // ignite/pechakucha the timings aim at
    std::optional<Millis> total;                  // written only when the seconds need it
    std::vector<const ImportedSlide*> shown;      // the slides the deck gets, in order
    std::vector<std::string> files;               // their picture names, "slide-01.png"
};

DeckPlan plan_deck(const ImportedTalk& talk);

// "slide-07.png" for slide 7 of `count` (at least two digits, more for more slides, so names sort
// in order either way).
std::string picture_name(int index_1based, int count);

}  // namespace lightning
