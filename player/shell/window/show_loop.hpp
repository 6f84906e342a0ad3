#pragma once
// The window loop for every command that shows something live (play, rehearse, event). Each
// pass is the same short list: follow the show's deck, keep its slides decoding, apply what
// time changed, present the presenter view, then sleep until the next visible change (or input),
// draw it just before it is due, present it on the instant and say when it reached the screen.
// Input becomes commands through the keymaps; the loop decides nothing about the talk.
#include <functional>

#include "core/deck/prepared_slides.hpp"
#include "core/show/show.hpp"
#include "core/time/clock.hpp"
#include "shell/remote/remote_link.hpp"
#include "shell/window/deck_window.hpp"

namespace lightning {

struct ShowLoopOptions {
    Micros process_start{0};  // steady-clock time main() began, for the start-up figure
    // Called after each present of the audience screen (play --verbose prints its flips).
    std::function<void()> after_present;
    // Plays a sound cue (--sound); null: the cues are dropped.
    std::function<void(Cue)> play_cue;
    // Where an event's next deck reads and keeps its prepared slides (may be null).
    PreparedSlides* prepared = nullptr;
    // The remotes (OSC): their commands and the status they follow (may be null).
    RemoteLink* remote = nullptr;
};

// Runs `show` on the windows until it is done. Returns the start-up time (process start to the
// first present).
Micros run_show(Show& show, DeckWindow& audience, DeckWindow* presenter, Uint32 loaded_event,
                const Clock& clock, const ShowLoopOptions& options);

}  // namespace lightning
