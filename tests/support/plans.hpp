#pragma once
// Small helpers shared by the core tests.
#include <string>

#include "core/time/schedule.hpp"

namespace lightning::testing {

// The schedule of an n-slide deck of the given format (files s0.png, s1.png, ...).
inline Schedule plan(int n, TalkFormat format) {
    Deck deck;
    deck.format = format;
    for (int i = 0; i < n; ++i)
        deck.slides.push_back(SlideEntry{"s.png", "s" + std::to_string(i) + ".png", {}, {}, 0});
    return make_schedule(deck);
}

inline bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace lightning::testing
