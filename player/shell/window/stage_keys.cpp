#include "shell/window/stage_keys.hpp"

namespace lightning {

KeyAction rehearsal_key(const SDL_Keysym& key) {
    switch (key.sym) {
        case SDLK_ESCAPE: case SDLK_q: return KeyAction::Quit;
        case SDLK_SPACE: case SDLK_RIGHT: case SDLK_PAGEDOWN: case SDLK_RETURN: case SDLK_DOWN:
            return KeyAction::Next;
        case SDLK_LEFT: case SDLK_PAGEUP: case SDLK_BACKSPACE: case SDLK_UP: return KeyAction::Back;
        case SDLK_p: return KeyAction::Pause;
        case SDLK_r: return KeyAction::Restart;
        default: return KeyAction::None;
    }
}

KeyAction stage_key(const SDL_KeyboardEvent& press) {
    if (press.repeat) return KeyAction::None;
    switch (press.keysym.sym) {
        case SDLK_ESCAPE: return KeyAction::HoldToStop;
        case SDLK_p: return (press.keysym.mod & KMOD_CTRL) ? KeyAction::Pause : KeyAction::Locked;
        case SDLK_b: case SDLK_PERIOD: return KeyAction::Black;
        case SDLK_w: case SDLK_COMMA: return KeyAction::White;
        default: return KeyAction::Locked;
    }
}

}  // namespace lightning
