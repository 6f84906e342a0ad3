// Each run mode's answers, the whole table: a change to a rule shows here as one changed line.
#include <doctest/doctest.h>

#include "core/show/run_policy.hpp"

using namespace lightning;

TEST_CASE("play: a talk on stage, the clock drives and the speaker's keys are locked") {
    const RunPolicy play = run_policy(RunMode::Play);
    CHECK(play.mode == RunMode::Play);
    CHECK(mode_name(play.mode) == "play");
    CHECK(play.keys == KeyMode::Play);
    CHECK(play.clock_moves_slides);
    CHECK(play.speaker_keys_locked);
    CHECK_FALSE(play.marks_words);
    CHECK(play.ends_with_the_clock);
    CHECK_FALSE(play.notes_on_slide);  // the audience sees only the talk
    CHECK_FALSE(play.summary_at_end);
    CHECK_FALSE(play.restarts);
    CHECK_FALSE(play.quit_key_stops);  // only a held Esc stops it
    CHECK(play.close_request == OnCloseRequest::Ignore);
    CHECK_FALSE(play.cue_each_slide);
    CHECK(play.end_card_lingers);
    CHECK(play.start_command == Command::Start);
}

TEST_CASE("paced: a rehearsal on the hard clock, the speaker marks each slide's words") {
    const RunPolicy paced = run_policy(RunMode::Paced);
    CHECK(paced.mode == RunMode::Paced);
    CHECK(mode_name(paced.mode) == "paced");
    CHECK(paced.keys == KeyMode::Paced);
    CHECK(paced.clock_moves_slides);
    CHECK_FALSE(paced.speaker_keys_locked);
    CHECK(paced.marks_words);
    CHECK_FALSE(paced.ends_with_the_clock);  // it waits for the last slide's mark
    CHECK(paced.notes_on_slide);
    CHECK(paced.summary_at_end);
    CHECK(paced.restarts);
    CHECK(paced.quit_key_stops);
    CHECK(paced.close_request == OnCloseRequest::Stop);
    CHECK(paced.cue_each_slide);
    CHECK_FALSE(paced.end_card_lingers);
    CHECK(paced.start_command == Command::Next);
}

TEST_CASE("free: a rehearsal by hand, the speaker moves the slides and the clock measures") {
    const RunPolicy free_run = run_policy(RunMode::Free);
    CHECK(free_run.mode == RunMode::Free);
    CHECK(mode_name(free_run.mode) == "free");
    CHECK(free_run.keys == KeyMode::Free);
    CHECK_FALSE(free_run.clock_moves_slides);
    CHECK_FALSE(free_run.speaker_keys_locked);
    CHECK_FALSE(free_run.marks_words);
    CHECK_FALSE(free_run.ends_with_the_clock);  // it ends at the Next past the last slide
    CHECK(free_run.notes_on_slide);
    CHECK(free_run.summary_at_end);
    CHECK(free_run.restarts);
    CHECK(free_run.quit_key_stops);
    CHECK(free_run.close_request == OnCloseRequest::Stop);
    CHECK(free_run.cue_each_slide);
    CHECK_FALSE(free_run.end_card_lingers);
    CHECK(free_run.start_command == Command::Next);
}
