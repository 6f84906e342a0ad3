#pragma once
// The audience screen of a talk at one instant: its slide with the countdown, or the end card.
// play, render, export and the contact sheet all ask this same question, so they cannot disagree.
#include "core/deck/deck.hpp"
#include "core/frame/screen.hpp"
#include "core/time/moment.hpp"
#include "core/time/schedule.hpp"

namespace lightning {

// `bar_width` is the progress bar's full width in pixels at the medium overlay size on the target
// screen (0: no bar); the painter scales the filled part to the panel's size. `look`: the talk's
// background and overlay place (core/frame/slide_look.hpp), carried in the slide card.
Screen talk_screen(const Deck& deck, const Schedule& schedule, const Moment& moment,
                   OverlayMode mode, int bar_width, const SlideLook& look = {});

}  // namespace lightning
