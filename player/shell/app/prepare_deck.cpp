#include "shell/app/prepare_deck.hpp"

#include "shell/decode/slide_source.hpp"

namespace lightning {

PreparedDeck prepare_deck(const Deck& deck, int box_w, int box_h, PreparedSlides& store) {
    PreparedDeck result;
    SlideSource source(deck, &store);
    for (int slide = 0; slide < static_cast<int>(deck.slides.size()); ++slide) {
        const auto key = source.prepared_key(slide, box_w, box_h, PixelOrder::Screen);
        if (key && store.has(*key)) {  // kept before: its pixels need not be read to know it
            ++result.read;
            continue;
        }
        const DecodedSlide decoded = source.decode(slide, box_w, box_h);
        if (!decoded.pixels) {
            ++result.failed;
        } else if (decoded.from_prepared) {  // kept by another lightning meanwhile
            ++result.read;
        } else {
            ++result.decoded;
            result.kept += decoded.kept ? 1 : 0;
        }
    }
    return result;
}

}  // namespace lightning
