#pragma once
// How the windows get their pixels: a decoder per window (it owns one SlideSource per loader
// worker, each used by one thread at a time) and the wake-up the loaders send to the event loop.
#include "core/deck/deck.hpp"
#include "core/deck/prepared_slides.hpp"
#include "shell/decode/slide_loader.hpp"

namespace lightning {

// Decodes `deck`'s slides (and honours LIGHTNING_SLOW_SLIDE, the tests' slow-disk seam), through
// `prepared` when given (it must outlive the decoder).
SlideLoader::AbandonableDecoder make_decoder(const Deck& deck, PreparedSlides* prepared = nullptr);
// Runs on a loader's thread: pushes an SDL event of type `loaded_event` to wake the loop.
SlideLoader::Notify loop_waker(Uint32 loaded_event);

}  // namespace lightning
