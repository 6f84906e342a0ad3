#pragma once
// `check --prepare`: every slide decoded the night before at the projector's size and kept in the
// prepared-slides folder, so the talk starts from ready pixels (see core/deck/prepared_slides).
#include "core/deck/deck.hpp"
#include "core/deck/prepared_slides.hpp"

namespace lightning {

struct PreparedDeck {
    int read = 0;     // already prepared (and read back whole, its checksums right)
    int decoded = 0;  // decoded now
    int kept = 0;     // of those, kept (the rest could not be written: full disk, read-only)
    int failed = 0;   // broken slides (check reports them): nothing to keep
};

// Decodes deck's slides at box_w x box_h in the screen's byte order through `store`.
PreparedDeck prepare_deck(const Deck& deck, int box_w, int box_h, PreparedSlides& store);

}  // namespace lightning
