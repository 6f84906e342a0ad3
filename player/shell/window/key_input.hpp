#pragma once
// SDL input as the keymaps name it: "Space", "Ctrl+P", "?", "Left click". The keymaps (core)
// decide what each means; this only names what was pressed.
#include <SDL.h>

#include <optional>
#include <string>

#include "core/show/command.hpp"
#include "core/show/keymap.hpp"

namespace lightning {

std::string key_name(const SDL_Keysym& key);
// The command an input event asks for in `mode`, if any (keys, mouse buttons, window close).
std::optional<Command> command_for_input(const SDL_Event& event, KeyMode mode);

}  // namespace lightning
