#include "core/show/run_policy.hpp"

namespace lightning {

// The defaults are play's; a rehearsal is the speaker's own run, so it differs in the same way
// in both rehearsal modes, and they differ from each other only in who moves the slides.
RunPolicy run_policy(RunMode mode) {
    RunPolicy policy;
    policy.mode = mode;
    if (mode == RunMode::Play) return policy;
    policy.speaker_keys_locked = false;
    policy.notes_on_slide = true;
    policy.summary_at_end = true;
    policy.restarts = true;
    policy.quit_key_stops = true;
    policy.close_request = OnCloseRequest::Stop;
    policy.cue_each_slide = true;
    policy.end_card_lingers = false;
    policy.start_command = Command::Next;
    policy.ends_with_the_clock = false;
    policy.shows_previous_best = true;
    if (mode == RunMode::Paced) {
        policy.keys = KeyMode::Paced;
        policy.marks_words = true;
    } else {
        policy.keys = KeyMode::Free;
        policy.clock_moves_slides = false;
    }
    return policy;
}

}  // namespace lightning
