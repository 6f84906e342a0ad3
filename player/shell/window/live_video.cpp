#include "shell/window/live_video.hpp"

#include <stdexcept>
#include <string>

#include "core/config/talk_options.hpp"
#include "core/frame/window_places.hpp"

namespace lightning {

DeckWindowOptions presenter_screen(bool window, int display, const std::string& renderer,
                                   const std::string& title) {
    // On another display, full screen, when there is one; otherwise a window beside.
    int other = -1;
    for (int d = 0; d < SDL_GetNumVideoDisplays(); ++d)
        if (d != display) {
            other = d;
            break;
        }
    const bool own_display = other >= 0 && !window;
    // One display, a full-screen talk: a presenter window would cover it (and on a laptop
    // mirrored to the projector, the audience would read the notes).
    if (other < 0 && !window)
        throw std::invalid_argument(
            "--presenter needs a second display for a full-screen talk: with one display the "
            "presenter view would cover the slides the audience sees. Connect the projector as its "
            "own display (not mirrored), or try it with --window");
    return DeckWindowOptions{!own_display,
                             "960x540",
                             own_display ? other : display,
                             renderer,
                             "lightning presenter - " + title,
                             true,
                             "",
                             std::nullopt};
}

void place_side_by_side(DeckWindowOptions& audience, DeckWindowOptions& presenter) {
    if (!audience.window || !presenter.window || audience.display != presenter.display) return;
    SDL_Rect usable;
    if (SDL_GetDisplayUsableBounds(audience.display, &usable) != 0) return;
    const auto [audience_w, audience_h] = parse_size(audience.window_size, "--window-size");
    const auto [presenter_w, presenter_h] = parse_size(presenter.window_size, "--window-size");
    // 16 px apart: room for the window manager's borders between them.
    const WindowPlaces places = side_by_side({usable.x, usable.y, usable.w, usable.h}, audience_w,
                                             audience_h, presenter_w, presenter_h, 16);
    audience.position = SDL_Point{places.audience_x, places.audience_y};
    presenter.position = SDL_Point{places.presenter_x, places.presenter_y};
}

std::unique_ptr<LiveVideo> open_video(const std::string& renderer) {
    const std::string no_display =
        "no display to play on: run it on a desktop session, under Xvfb (xvfb-run -a "
        "lightning play ...), or see a frame with `lightning render DECK --at SECONDS -o "
        "frame.png`";
    if (renderer == "software")  // keep the window's own surface off OpenGL too
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    // StopSignals (export's too) records SIGINT/SIGTERM/SIGHUP so a run ends cleanly with reason
    // "signal" (log end event and CSV written); SDL's handlers would make it look like a window
    // close.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    // With neither an X nor a Wayland display, SDL would try Wayland anyway and libwayland prints
    // "error: XDG_RUNTIME_DIR is invalid" before our own message: go straight to the console's
    // own driver (KMS/DRM, a kiosk without a desktop), which either shows the talk or fails into
    // the message below. A driver the user names is left alone.
    const bool console_only =
        !SDL_getenv("SDL_VIDEODRIVER") && !SDL_getenv("DISPLAY") && !SDL_getenv("WAYLAND_DISPLAY");
    if (console_only) SDL_SetHint(SDL_HINT_VIDEODRIVER, "kmsdrm");
    std::unique_ptr<LiveVideo> video;
    try {
        video = std::make_unique<LiveVideo>();
    } catch (const SdlError& error) {
        if (console_only) throw std::runtime_error(no_display);  // "kmsdrm not available" says less
        throw std::runtime_error(std::string(error.what()) + "\n" + no_display);
    }
    // SDL falls back to drivers that show nothing (offscreen, dummy) when there is no screen;
    // only use them when asked to (tests set SDL_VIDEODRIVER=dummy).
    const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    if ((driver == "offscreen" || driver == "dummy") && !SDL_getenv("SDL_VIDEODRIVER"))
        throw std::runtime_error(no_display);
    return video;
}

}  // namespace lightning
