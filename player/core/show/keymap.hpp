#pragma once
// Which key does what, as data: one table per mode. The window loop looks keys up here, the
// keys help (F1 / ?) and `lightning keys` print the same tables, and a test checks that the
// table in docs/keys.md is `lightning keys --markdown`, so none of them can drift from the others.
//
// Keys are named as SDL names them ("Space", "PageDown", "Escape", "B", "."), with "Ctrl+" in
// front when Control is held; mouse buttons are "Left click" and "Right click"; "?" is the key
// that types a question mark.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/frame/screen.hpp"
#include "core/show/command.hpp"

namespace lightning {

enum class KeyMode {
    Play,       // a talk on stage (play, an event's talk): the clock drives, speaker keys locked
    Paced,      // rehearse: the clock drives, the speaker marks
    Free,       // rehearse --free: the speaker advances
    TitleCard,  // an event between talks: title, break and closing cards
};
std::string_view key_mode_name(KeyMode mode);

struct KeyBinding {
    std::vector<std::string> keys;
    Command press;
    std::optional<Command> release;  // sent when the key is let go (hold Esc)
    std::string what;                // for people: "stop the talk (hold 1 s)"
    bool repeats = false;            // a held key's repeats count too
};

struct Keymap {
    KeyMode mode;
    std::vector<KeyBinding> bindings;
    // What any other key does (on stage: a locked key, so the presenter view can say so).
    std::optional<Command> other;
    std::string other_what;
};

const Keymap& keymap(KeyMode mode);
const std::vector<KeyMode>& all_key_modes();

// The command for pressing `key` (a repeat when `repeat`), or nothing.
std::optional<Command> command_for_press(KeyMode mode, std::string_view key, bool repeat);
// The command for letting go of `key`, or nothing.
std::optional<Command> command_for_release(KeyMode mode, std::string_view key);

// The first key that sends `command` in a mode ("Space" for a mark), for words on screen that
// name a key: they follow the table instead of being typed by hand. Empty when none does.
std::string key_for(KeyMode mode, Command command);
// Every key that sends `command` in a mode, as words: "Space, PageDown, Return or Left click".
std::string keys_for(KeyMode mode, Command command);

// The keys help for a mode: one line per binding ("Space, PageDown" -> "start the talk").
std::vector<KeyHelp> key_help(KeyMode mode);
// Every table as text (`lightning keys`), or as the Markdown tables of docs/keys.md.
std::string keys_text(bool markdown);

}  // namespace lightning
