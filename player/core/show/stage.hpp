#pragma once
// One talk on a screen, from the moment its window opens to the moment the program may go on:
// a waiting start, the run (play, paced or free), pauses, blanking, hold-Esc-to-stop, a close
// request, the end card and its linger, a rehearsal's summary, restarts. The window loop and
// the event drive it with commands; tests drive it with a FakeClock and a FakeWallClock.
//
// Phases: Waiting (--wait: the first slide is up, the clock not started) -> Starting (the next
// present of the first slide starts the clock) -> Running -> Closed (end card or summary; the
// log is finished) ; any -> Stopped (Esc held, quit, a signal, a window gone).
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/log/log_reader.hpp"
#include "core/log/resume_plan.hpp"
#include "core/log/talk_log.hpp"
#include "core/plan/previous_best.hpp"
#include "core/show/organizer_controls.hpp"
#include "core/show/prepared_talk.hpp"
#include "core/show/recording.hpp"
#include "core/show/resume_from.hpp"
#include "core/show/show.hpp"
#include "core/show/talk_run.hpp"
#include "core/time/wall_clock.hpp"

namespace lightning {

// Opens the log of a run that starts at wall time `wall`; null when there is to be no log.
using LogOpener = std::function<std::unique_ptr<TalkLog>(WallTime wall, LogProblem on_problem)>;

struct StageSetup {
    RunMode mode = RunMode::Play;
    bool wait = false;         // --wait: the clock starts on Start (play) or Next (rehearse)
    bool exit_at_end = false;  // done once the end card has lingered (a rehearsal: its end)
    Micros linger{0};          // how long the end card stays first, with exit_at_end
    bool presenter = false;    // a presenter view is up (the keys help goes there in play)
    bool sound = false;        // --sound: cues at slide changes (rehearse), thresholds, 0:00
    LogOpener open_log;        // null: no log
    std::string deck_path;     // as given on the command line (for the log)
    std::string version;       // the program's (for the log)
    std::optional<ResumeFrom> resume;
    // rehearse --record: told when the microphone starts (beside each run's log), pauses,
    // resumes and stops. Null, or no log: no recording.
    RecordControl record;
    // The deck's runs before this start, as read from its logs, oldest first (rehearse
    // --presenter reads them): a rehearsal's presenter view shows each slide's previous best
    // from them (core/plan/previous_best.hpp); play ignores them.
    std::vector<ReadLog> earlier_runs;
};

class Stage final : public Show {
public:
    enum class Phase { Waiting, Starting, Running, Closed, Stopped };

    // `talk` must outlive the stage.
    Stage(const PreparedTalk& talk, const Clock& clock, const WallClock& wall, StageSetup setup);

    void update() override;
    Screen screen_at(Micros at) const override;
    PresenterFrame presenter_at(Micros at) const override;
    Micros next_change(Micros after) const override;
    bool on_the_clock() const override;
    void presented(Micros planned, Micros at, bool slide_ready) override;
    void set_bar_width(int width) override { bar_width_ = width; }
    KeyMode key_mode() const override;
    const Deck& deck() const override { return talk_.deck; }
    int deck_generation() const override { return 0; }
    std::vector<int> wanted_slides() const override;
    LiveStatus live_status(Micros at) const override;
    std::vector<PhoneSheet> phone_sheets() const override;
    bool done() const override { return done_; }
    std::vector<std::string> take_messages() override;
    std::vector<Cue> take_cues() override;
    // An event's talk: the event has decided the command may come (send), the stage applies it.
    CommandOutcome apply(Command command) { return this->command(command); }

    Phase phase() const { return phase_; }
    // finished, quit, signal, closed, restart (of the last run); empty while running.
    const std::string& end_reason() const { return end_reason_; }
    // Where the last run's log went (empty: none).
    const std::filesystem::path& log_written() const { return log_written_; }
    const TalkRun& run() const { return run_; }
    // No place could keep the timing log (it went to stderr instead): the exit status says so.
    bool log_lost() const { return log_lost_; }
    Blank blank() const { return controls_.blank(); }
    // Talk time at clock time `at` (the run's clock; before the start, where it will begin).
    Micros talk_time_at(Micros at) const;

protected:
    CommandOutcome command(Command command) override;
    void tell(std::string line) override { messages_.push_back(std::move(line)); }

private:
    void begin_run();
    void start_clock(Micros presented_at);
    void close_run(bool show_summary);
    void stop(const std::string& reason);
    Micros resumed_talk_time() const;
    const RunPolicy& policy() const { return run_.policy(); }
    std::string presenter_status(Micros at) const;
    void log_problem(const std::string& problem);
    void record(RecordStep::Kind kind, Micros talk_at, std::filesystem::path wav = {});
    LogProblem problem_sink();
    void count_finished_run();

    const PreparedTalk& talk_;
    const Clock& clock_;
    const WallClock& wall_;
    StageSetup setup_;
    TalkRun run_;
    std::unique_ptr<TalkLog> log_;
    Phase phase_ = Phase::Starting;
    bool done_ = false;
    std::string end_reason_;
    std::filesystem::path log_written_;
    std::optional<SummaryCard> summary_;
    std::string notice_;  // a rehearsal's problem line (the log cannot be written)
    OrganizerControls controls_{"stop the talk", KeyMode::Play};
    Micros locked_at_{-kNoticeFor * 2};  // last locked key (play)
    Micros closed_at_{0};
    Micros shown_until_{0};  // talk time of the last screen presented
    int notes_scroll_ = 0, notes_zoom_ = 0;
    int bar_width_ = 0;
    std::vector<std::string> messages_;
    bool log_lost_ = false;
    std::optional<CueTracker> cue_tracker_;  // with setup.sound
    std::vector<Cue> cues_;
    bool recording_ = false;  // a Start was sent and no Stop yet
    // Per slide, its previous best (a rehearsal's; empty in play): from setup_.earlier_runs,
    // and again after each run that finishes, which then counts among them.
    std::vector<std::optional<SlideBest>> previous_best_;
};

}  // namespace lightning
