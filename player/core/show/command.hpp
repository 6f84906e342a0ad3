#pragma once
// What a speaker or an organizer can ask of the show, as named data. The keymaps turn keys and
// clicks into these; tests send them directly. Each show decides what a command means in its
// current state (Start on a running talk is a locked key, for example).
#include <string>
#include <string_view>

namespace lightning {

enum class Command {
    Start,          // start the talk (a waiting start, an event's title card)
    Next,           // rehearse: mark the words done (paced) or the next slide (free)
    Previous,       // rehearse --free: the slide before
    Pause,          // pause or resume the talk's clock
    BlankBlack,     // the audience sees black (again: the slide)
    BlankWhite,     // the audience sees white
    HoldStopBegin,  // Esc pressed: the talk (or event) stops if it is still held a second later
    HoldStopEnd,    // Esc let go
    Quit,           // rehearse: stop now
    Restart,        // rehearse: start the run again
    SkipTalk,       // event title card: go on to the next talk's card, this one skipped
    BackTalk,       // event title card: back to the previous talk's card
    CloseRequest,   // the window manager asks a window to close (Alt+F4, the close button)
    WindowClosed,   // a window is gone anyway
    Signal,         // SIGINT / SIGTERM / SIGHUP
    ShowKeys,       // F1 / ?: the keys of the current mode for a few seconds
    NotesDown,      // presenter notes: scroll
    NotesUp,
    NotesBigger,  // presenter notes: zoom
    NotesSmaller,
    LockedKey,  // a speaker's key on stage: nothing happens (the presenter view says so)
    End,        // the organizer ends the talk now (a held Esc's effect, sent by a remote)
};

std::string_view command_name(Command command);

// Who sent a command: the keyboard (or clicker) at the laptop, or a remote controller.
enum class CommandSource { Key, Phone, Osc };
std::string_view source_name(CommandSource source);

// What became of a command: done, or ignored with the reason (the current state does not allow
// it), never half-done.
struct CommandOutcome {
    bool done = true;
    std::string why;  // for an ignored command: "the talk has not started", ...
    static CommandOutcome ignored(std::string why) { return {false, std::move(why)}; }
};

// The organizer's commands, the ones a remote (phone, OSC) may send: start, skip, back, end,
// pause, blank. A speaker's keys (marks, notes, the keys help) and the window's own events stay
// with the laptop.
bool remote_may_send(Command command);

}  // namespace lightning
