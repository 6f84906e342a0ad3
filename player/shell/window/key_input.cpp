#include "shell/window/key_input.hpp"

namespace lightning {

std::string key_name(const SDL_Keysym& key) {
    if (key.sym == SDLK_SLASH && (key.mod & KMOD_SHIFT)) return "?";
    if (key.sym == SDLK_QUESTION) return "?";
    if (key.sym == SDLK_PLUS || key.sym == SDLK_KP_PLUS) return "+";
    if (key.sym == SDLK_KP_MINUS) return "-";
    std::string name = SDL_GetKeyName(key.sym);
    const bool is_ctrl = key.sym == SDLK_LCTRL || key.sym == SDLK_RCTRL;
    if ((key.mod & KMOD_CTRL) && !is_ctrl) name = "Ctrl+" + name;
    return name;
}

std::optional<Command> command_for_input(const SDL_Event& event, KeyMode mode) {
    switch (event.type) {
        case SDL_KEYDOWN:
            return command_for_press(mode, key_name(event.key.keysym), event.key.repeat != 0);
        case SDL_KEYUP:
            return command_for_release(mode, key_name(event.key.keysym));
        case SDL_MOUSEBUTTONDOWN:
            return command_for_press(
                mode, event.button.button == SDL_BUTTON_LEFT ? "Left click" : "Right click", false);
        // SDL_QUIT follows the last window's close request (answered above); SIGINT / SIGTERM
        // are StopSignals' (SDL's own signal handlers are off).
        case SDL_WINDOWEVENT:
            if (event.window.event == SDL_WINDOWEVENT_CLOSE) return Command::CloseRequest;
            // A key let go while another window had the focus never arrives: a held Esc ends.
            if (event.window.event == SDL_WINDOWEVENT_FOCUS_LOST) return Command::HoldStopEnd;
            return std::nullopt;
        default:
            return std::nullopt;
    }
}

}  // namespace lightning
