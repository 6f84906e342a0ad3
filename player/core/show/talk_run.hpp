#pragma once
// One run of a deck, in any mode, with its timing log: the core the play and rehearse windows
// drive, and that tests drive with a fake clock and scripted key presses.
// The mode's rules are asked of its RunPolicy (run_policy.hpp), its slides of a SlideClock.
// Pausing shifts the rest of the schedule (play, paced) and stops talk time (all modes).
#include <optional>
#include <string>

#include "core/deck/deck.hpp"
#include "core/log/talk_log.hpp"
#include "core/show/manual_slides.hpp"
#include "core/show/marks.hpp"
#include "core/show/run_policy.hpp"
#include "core/show/scheduled_slides.hpp"

namespace lightning {

class TalkRun {
public:
    // `log` may be null (no log); it must outlive the run.
    TalkRun(const Deck& deck, const Schedule& schedule, Thresholds thresholds, const Clock& clock,
            RunMode mode, TalkLog* log, std::string deck_path, std::string version);

    // Where the next run's events go (null: none); set before start_at.
    void attach_log(TalkLog* log) { log_ = log; }
    // The first frame reached the screen at clock time t0: the talk starts.
    void start_at(Micros t0);
    // Resumes a run that crashed (play only): the first frame, for talk time `at`, reached the
    // screen at clock time `clock_time`; `paused_before` is the pauses logged before the crash.
    // Slides before the one due at `at` are not logged again as skipped.
    void start_resumed(Micros clock_time, Micros at, Micros paused_before);
    bool started() const { return slides().started(); }
    Micros elapsed() const { return slides().elapsed(); }  // talk time
    // Talk time at clock time `at`, and the clock time of talk time `talk` (see PausableClock).
    Micros elapsed_at(Micros at) const { return slides().elapsed_at(at); }
    Micros clock_at(Micros talk) const { return slides().clock_at(talk); }
    Micros real_elapsed() const;  // since the start, pauses included
    // How long the run lasted, start to end with its pauses (as its log's end says), once it has
    // ended; a resumed run counts from its first start, without the outage.
    std::optional<Micros> lasted() const { return lasted_; }

    // The overlay's view at talk time `at`, and the next instant it changes.
    Moment moment_at(Micros at) const { return slides().moment_at(at); }
    Micros next_change(Micros from, int bar_width) const;
    // A frame for talk time `at` is about to be shown: moves the hard-clock modes to the slide
    // due then (logging skips and the end) and closes mark windows.
    void advance_to(Micros at);
    // That frame, showing the current slide, reached the screen at clock time `clock_time`.
    void presented(Micros clock_time);

    // The speaker's keys (Space / Right / PageDown, Left, P).
    void mark_or_next();
    void back();
    void toggle_pause();
    // Ends the run now (quit, signal, restart) or at the end card (finished, logged by itself).
    void end(const std::string& reason);

    const RunPolicy& policy() const { return policy_; }
    bool paused() const { return slides().paused(); }
    bool ended() const { return slides().ended(); }
    bool finished() const { return finished_; }  // the end event is logged
    int current() const { return slides().current(); }
    // "+2.1 s" over / "-0.8 s" slack for the overlay (rehearsals only).
    std::optional<MarkBook::Note> note(Micros at) const;
    // Where the run is in the deck and on its talk time, whichever way its slides move.
    const SlideClock& slides() const;
    const MarkBook& marks() const { return marks_; }
    // Every flip this object presented (shown and skipped slides, in any mode), over all runs
    // in order, for --verbose: a restart adds to it rather than starting it again. A resumed
    // run's first slide is due when the run resumed (as in the log), not late by the outage.
    const std::vector<Flip>& flips() const { return flips_; }

private:
    void log_new_flips();
    void log_closed_windows(bool run_over);
    SlideClock& slides();

    const Deck& deck_;
    const Schedule& schedule_;
    const Clock& clock_;
    RunPolicy policy_;
    TalkLog* log_;
    std::string deck_path_, version_;
    // Exactly one is made, for the mode: the hard clock's slides or the speaker's.
    std::optional<ScheduledSlides> scheduled_;
    std::optional<ManualSlides> manual_;
    MarkBook marks_;
    Micros real_t0_{0};
    size_t logged_flips_ = 0;   // the hard clock's flips already logged
    int presented_slide_ = -1;  // free mode: the slide whose frame last reached the screen
    Micros free_due_{0};        // free mode: when the current slide was asked for
    std::optional<Micros> lasted_;
    bool finished_ = false;
    int resumed_from_ = 0;              // slides before this were shown before a crash
    std::optional<Micros> resumed_at_;  // the talk time a resumed run went on from
    std::vector<Flip> flips_;
};

}  // namespace lightning
