#pragma once
// The video side every live command opens (play, rehearse, event): SDL's video with the signals
// kept, and where the presenter view goes.
#include <memory>
#include <string>

#include "shell/platform/sdl_handles.hpp"
#include "shell/platform/stop_signals.hpp"
#include "shell/window/deck_window.hpp"

namespace lightning {

// Where the presenter view goes: full screen on the first display other than the audience's
// `display`, or a window when there is none (or the audience is in a window).
DeckWindowOptions presenter_screen(bool window, int display, const std::string& renderer,
                                   const std::string& title);
// Both windows on one display (--window --presenter): opened side by side (window_places.hpp)
// rather than the presenter view centred over the audience window. Needs SDL's video started.
void place_side_by_side(DeckWindowOptions& audience, DeckWindowOptions& presenter);
// SDL's video for the windows on the projector, and SIGINT/SIGTERM/SIGHUP recorded (not fatal)
// while they are up. The signals come after SDL, so they are restored first.
struct LiveVideo {
    SdlLibrary sdl{SDL_INIT_VIDEO};
    StopSignals signals;
};
// Starts it (software renderer hints); throws with a clear message when there is no display.
std::unique_ptr<LiveVideo> open_video(const std::string& renderer);

}  // namespace lightning
