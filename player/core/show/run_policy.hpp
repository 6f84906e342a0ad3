#pragma once
// The run modes and the rules each one sets, decided once here from the mode. The run, the
// stage and their screens ask the policy a question ("are the speaker's keys locked?") rather
// than which mode it is, so a rule lives in one row of one table and a new mode is one more row.
//   play   a talk on stage: the hard clock moves the slides, the speaker's keys are locked, the
//          audience sees nothing but the talk, and a stray close request cannot end it
//   paced  a rehearsal on the hard clock: the speaker marks when each slide's words are done
//   free   a rehearsal by hand: the speaker moves the slides, the clock only measures
#include <string_view>

#include "core/show/command.hpp"
#include "core/show/keymap.hpp"
#include "core/show/run_mode.hpp"

namespace lightning {

// What a window close request (Alt+F4, the close button) does while a run is up.
enum class OnCloseRequest {
    Stop,    // the speaker closed their own rehearsal window
    Ignore,  // on stage a stray one must not end the talk: holding Esc stops it (a notice says so)
};

struct RunPolicy {
    RunMode mode = RunMode::Play;
    KeyMode keys = KeyMode::Play;  // the keymap in force, and the one the status lines name
    // The hard clock moves the slides (ScheduledSlides); otherwise the speaker does (ManualSlides).
    bool clock_moves_slides = true;
    // The speaker's keys do nothing but say so (the presenter view tells the speaker).
    bool speaker_keys_locked = true;
    // Next marks the moment a slide's words are done; the marks are logged and noted.
    bool marks_words = false;
    // The run is finished when the clock reaches the end card (else: at the last mark, or the
    // speaker's Next past the last slide).
    bool ends_with_the_clock = true;
    // The slide screen is the speaker's: the over/under note, the paused banner, a log problem
    // and the keys help go on it. On stage the audience must see none of them.
    bool notes_on_slide = false;
    // The run's table is on the screen when it ends, and R runs it again.
    bool summary_at_end = false;
    bool restarts = false;
    // Esc pressed stops the run now (else only holding it does).
    bool quit_key_stops = false;
    OnCloseRequest close_request = OnCloseRequest::Ignore;
    // With --sound, a tick at each slide change (a rehearsal hears its own flips).
    bool cue_each_slide = false;
    // With --exit-at-end, the end card stays for its linger before the program goes on.
    bool end_card_lingers = true;
    // The key the waiting line names to start (--wait).
    Command start_command = Command::Start;
    // The presenter view shows each slide's previous best from the earlier rehearsals: the
    // speaker's own yardstick, which on stage would only distract.
    bool shows_previous_best = false;
};

RunPolicy run_policy(RunMode mode);

}  // namespace lightning
