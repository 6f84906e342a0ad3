#include "core/show/command.hpp"

namespace lightning {

std::string_view command_name(Command command) {
    switch (command) {
        case Command::Start:
            return "start";
        case Command::Next:
            return "next";
        case Command::Previous:
            return "previous";
        case Command::Pause:
            return "pause";
        case Command::BlankBlack:
            return "blank_black";
        case Command::BlankWhite:
            return "blank_white";
        case Command::HoldStopBegin:
            return "hold_stop_begin";
        case Command::HoldStopEnd:
            return "hold_stop_end";
        case Command::Quit:
            return "quit";
        case Command::Restart:
            return "restart";
        case Command::SkipTalk:
            return "skip_talk";
        case Command::BackTalk:
            return "back_talk";
        case Command::CloseRequest:
            return "close_request";
        case Command::WindowClosed:
            return "window_closed";
        case Command::Signal:
            return "signal";
        case Command::ShowKeys:
            return "show_keys";
        case Command::NotesDown:
            return "notes_down";
        case Command::NotesUp:
            return "notes_up";
        case Command::NotesBigger:
            return "notes_bigger";
        case Command::NotesSmaller:
            return "notes_smaller";
        case Command::LockedKey:
            return "locked_key";
        case Command::End:
            return "end";
    }
    return "";
}

std::string_view source_name(CommandSource source) {
    switch (source) {
        case CommandSource::Key:
            return "key";
        case CommandSource::Phone:
            return "phone";
        case CommandSource::Osc:
            return "OSC";
    }
    return "";
}

bool remote_may_send(Command command) {
    switch (command) {
        case Command::Start:
        case Command::Pause:
        case Command::BlankBlack:
        case Command::BlankWhite:
        case Command::SkipTalk:
        case Command::BackTalk:
        case Command::End:
            return true;
        default:
            return false;
    }
}

}  // namespace lightning
