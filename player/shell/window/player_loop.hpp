#pragma once
// The window loop shared by `play` and `rehearse`. Each pass is the same short list: take
// decoded slides, keep the next ones coming, sleep until the next visible change (or input),
// draw it just before it is due, present it on the instant, and tell the session what reached
// the screen (it logs it).
#include <optional>
#include <string>

#include "core/time/clock.hpp"
#include "core/log/log_reader.hpp"
#include "core/log/resume_plan.hpp"
#include "core/show/session.hpp"
#include "shell/app/talk_options.hpp"
#include "shell/window/window_screen.hpp"

namespace lightning {

struct PlayerSetup {
    ScreenOptions screen;
    std::optional<ScreenOptions> presenter;  // --presenter: the second window
    SessionMode mode = SessionMode::Play;
    bool exit_at_end = false;     // quit once the end card (play) or summary (rehearse) is up
    bool verbose = false;         // print every flip and a timing summary
    Micros process_start{0};      // steady-clock time main() began, for the start-up figure
    std::string deck_path;        // as given on the command line (for the log)
    std::string log_path;         // --log; empty: the default place
    bool log = true;              // --no-log turns it off
    std::optional<ResumePlan> resume; // play --resume: the crashed run, continued on its schedule
    Micros linger_after_end{0};   // with exit_at_end: how long the end card stays first
};

// Runs the talk in a window until it ends or is quit; returns the exit status.
int run_player(const PlayerSetup& setup, const PreparedTalk& talk);

// Runs one talk on windows that outlive it (an event's talks share them); `loaded_event` is the
// SDL event type the screens' loaders push (see loop_waker). Returns how the talk ended:
// "finished", "quit" (Esc held), "signal", and its log.
struct TalkOutcome {
    std::string reason;
    std::filesystem::path log;  // where its timing log was written (empty: none)
};
TalkOutcome run_talk_on(const PlayerSetup& setup, const PreparedTalk& talk, WindowScreen& screen,
                        WindowScreen* presenter, Uint32 loaded_event);

// Set by SIGINT/SIGTERM (see play_command.cpp): the run ends with reason "signal".
bool stop_signal_received();

}  // namespace lightning
