#include "core/show/keymap.hpp"

#include <algorithm>

#include "core/text/word_list.hpp"

namespace lightning {

namespace {

std::vector<KeyBinding> common_tail() {
    return {
        {{"Down"}, Command::NotesDown, {}, "presenter notes: scroll down", true},
        {{"Up"}, Command::NotesUp, {}, "presenter notes: scroll up", true},
        {{"+", "="}, Command::NotesBigger, {}, "presenter notes: bigger", false},
        {{"-"}, Command::NotesSmaller, {}, "presenter notes: smaller", false},
        {{"F1", "?"}, Command::ShowKeys, {}, "show these keys for a few seconds", false},
    };
}

Keymap make_play() {
    Keymap map{
        KeyMode::Play,
        {},
        Command::LockedKey,
        "nothing: the clock drives the slides (the presenter view says the keys are locked)"};
    map.bindings = {
        {{"Escape"},
         Command::HoldStopBegin,
         Command::HoldStopEnd,
         "hold 1 s to stop the talk (a tap does nothing)",
         false},
        {{"Space", "PageDown", "Return", "Left click"},
         Command::Start,
         {},
         "start the talk (play --wait); later: locked",
         false},
        {{"Ctrl+P"}, Command::Pause, {}, "pause / resume the talk (the schedule waits)", false},
        {{"B", "."}, Command::BlankBlack, {}, "audience sees black / the slide again", false},
        {{"W", ","}, Command::BlankWhite, {}, "audience sees white / the slide again", false},
    };
    for (auto& binding : common_tail()) map.bindings.push_back(binding);
    return map;
}

Keymap make_rehearse(KeyMode mode) {
    Keymap map{mode, {}, {}, "nothing"};
    const bool paced = mode == KeyMode::Paced;
    map.bindings = {
        {{"Space", "Right", "PageDown", "Return", "Left click"},
         Command::Next,
         {},
         std::string(paced ? "the words for this slide are done (mark)" : "next slide") +
             " (with --wait, the first press starts the run)",
         false},
    };
    if (!paced)
        map.bindings.push_back(
            {{"Left", "PageUp", "Backspace"}, Command::Previous, {}, "previous slide", false});
    map.bindings.push_back({{"P", "Ctrl+P"}, Command::Pause, {}, "pause / resume", false});
    map.bindings.push_back({{"R"},
                            Command::Restart,
                            {},
                            "start the run again (this one is logged as restarted)",
                            false});
    map.bindings.push_back({{"Escape", "Q"},
                            Command::Quit,
                            {},
                            "stop: the summary of the run so far stays until Escape again",
                            false});
    for (auto& binding : common_tail()) map.bindings.push_back(binding);
    return map;
}

Keymap make_title_card() {
    Keymap map{KeyMode::TitleCard, {}, {}, "nothing"};
    map.bindings = {
        {{"Space", "PageDown", "Return", "Left click"},
         Command::Start,
         {},
         "start this talk (on a break: end it now)",
         false},
        {{"Right", "N"}, Command::SkipTalk, {}, "skip this talk: the next talk's card", false},
        {{"Left", "P", "PageUp"}, Command::BackTalk, {}, "back to the previous talk's card", false},
        {{"Escape"},
         Command::HoldStopBegin,
         Command::HoldStopEnd,
         "hold 1 s to end the session",
         false},
        {{"B", "."}, Command::BlankBlack, {}, "audience sees black / the card again", false},
        {{"W", ","}, Command::BlankWhite, {}, "audience sees white / the card again", false},
        {{"F1", "?"},
         Command::ShowKeys,
         {},
         "show these keys on the audience screen for a few seconds",
         false},
    };
    return map;
}

}  // namespace

std::string_view key_mode_name(KeyMode mode) {
    switch (mode) {
        case KeyMode::Play:
            return "play (on stage: play, an event's talk)";
        case KeyMode::Paced:
            return "rehearse (paced)";
        case KeyMode::Free:
            return "rehearse --free";
        case KeyMode::TitleCard:
            return "event (title, break and closing cards)";
    }
    return "";
}

const Keymap& keymap(KeyMode mode) {
    static const Keymap play = make_play(), paced = make_rehearse(KeyMode::Paced),
                        free = make_rehearse(KeyMode::Free), title = make_title_card();
    switch (mode) {
        case KeyMode::Paced:
            return paced;
        case KeyMode::Free:
            return free;
        case KeyMode::TitleCard:
            return title;
        case KeyMode::Play:
            break;
    }
    return play;
}

const std::vector<KeyMode>& all_key_modes() {
    static const std::vector<KeyMode> modes{KeyMode::Play, KeyMode::Paced, KeyMode::Free,
                                            KeyMode::TitleCard};
    return modes;
}

std::optional<Command> command_for_press(KeyMode mode, std::string_view key, bool repeat) {
    const Keymap& map = keymap(mode);
    for (const auto& binding : map.bindings)
        if (std::find(binding.keys.begin(), binding.keys.end(), key) != binding.keys.end())
            return repeat && !binding.repeats ? std::nullopt
                                              : std::optional<Command>(binding.press);
    // Modifier keys alone and key repeats are nobody's intention.
    if (repeat || key == "Left Ctrl" || key == "Right Ctrl" || key == "Left Shift" ||
        key == "Right Shift" || key == "Left Alt" || key == "Right Alt")
        return std::nullopt;
    return map.other;
}

std::optional<Command> command_for_release(KeyMode mode, std::string_view key) {
    for (const auto& binding : keymap(mode).bindings)
        if (binding.release &&
            std::find(binding.keys.begin(), binding.keys.end(), key) != binding.keys.end())
            return binding.release;
    return std::nullopt;
}

std::string key_for(KeyMode mode, Command command) {
    for (const auto& binding : keymap(mode).bindings)
        if (binding.press == command && !binding.keys.empty()) return binding.keys.front();
    return {};
}

std::string keys_for(KeyMode mode, Command command) {
    for (const auto& binding : keymap(mode).bindings) {
        if (binding.press != command) continue;
        return word_list(binding.keys);
    }
    return {};
}

std::vector<KeyHelp> key_help(KeyMode mode) {
    std::vector<KeyHelp> help;
    for (const auto& binding : keymap(mode).bindings) {
        std::string keys;
        for (const auto& key : binding.keys) keys += (keys.empty() ? "" : ", ") + key;
        help.push_back({keys, binding.what});
    }
    return help;
}

std::string keys_text(bool markdown) {
    std::string out;
    // One keys column for every mode, as wide as the longest list of keys (all ASCII), so the
    // descriptions line up down the whole page.
    size_t column = std::string("any other key").size();
    for (KeyMode mode : all_key_modes())
        for (const auto& line : key_help(mode)) column = std::max(column, line.keys.size());
    for (KeyMode mode : all_key_modes()) {
        const Keymap& map = keymap(mode);
        if (markdown) {
            out += "#### " + std::string(key_mode_name(mode)) +
                   "\n\n| keys | what they do |\n|---|---|\n";
            for (const auto& line : key_help(mode))
                out += "| " + line.keys + " | " + line.what + " |\n";
            out += "| any other key | " + map.other_what + " |\n\n";
        } else {
            out += std::string(key_mode_name(mode)) + "\n";
            for (const auto& line : key_help(mode)) {
                std::string keys = line.keys;
                keys.resize(column, ' ');
                out += "  " + keys + "  " + line.what + "\n";
            }
            std::string other = "any other key";
            other.resize(column, ' ');
            out += "  " + other + "  " + map.other_what + "\n\n";
        }
    }
    if (!out.empty()) out.pop_back();
    return out;
}

}  // namespace lightning
