#include "core/show/stage.hpp"

#include <algorithm>

#include "core/frame/talk_screen.hpp"
#include "core/log/log_paths.hpp"
#include "core/log/run_table.hpp"
#include "core/show/keymap.hpp"
#include "core/show/rehearsal_notes.hpp"
#include "core/show/wake_up.hpp"
#include "core/time/time_text.hpp"

namespace lightning {

namespace {

std::vector<long long> planned_ms(const Schedule& schedule) {
    std::vector<long long> out;
    for (const auto& slide : schedule.slides) out.push_back(slide.duration.count());
    return out;
}

}  // namespace

Stage::Stage(const PreparedTalk& talk, const Clock& clock, const WallClock& wall, StageSetup setup)
    : talk_(talk),
      clock_(clock),
      wall_(wall),
      setup_(std::move(setup)),
      run_(talk.deck, talk.schedule, talk.thresholds, clock, setup_.mode, nullptr, setup_.deck_path,
           setup_.version) {
    phase_ = setup_.wait && !setup_.resume ? Phase::Waiting : Phase::Starting;
    if (setup_.sound)
        cue_tracker_.emplace(talk.thresholds.warn, talk.thresholds.danger, policy().cue_each_slide);
    if (!policy().shows_previous_best) {
        setup_.earlier_runs.clear();
        return;
    }
    for (ReadLog& log : setup_.earlier_runs) log.events.clear();  // the summaries are enough
    previous_best_ = previous_best_of_runs(setup_.earlier_runs, planned_ms(talk.schedule));
}

// A rehearsal that finished is a previous run for the next one (R): its figures count as if
// read back from its log, so a best beaten a minute ago shows at once.
void Stage::count_finished_run() {
    if (!policy().shows_previous_best || !log_ || end_reason_ != "finished") return;
    ReadLog run;
    run.path = log_->path();
    run.summary = summarize(log_->events());
    setup_.earlier_runs.push_back(std::move(run));
    previous_best_ = previous_best_of_runs(setup_.earlier_runs, planned_ms(talk_.schedule));
}

std::vector<Cue> Stage::take_cues() {
    std::vector<Cue> out;
    out.swap(cues_);
    return out;
}

void Stage::begin_run() {
    done_ = false;  // R starts over even under --exit-at-end (closing the old run set it)
    log_.reset();
    run_.attach_log(nullptr);
    summary_.reset();
    end_reason_.clear();
    shown_until_ = Micros{0};
    phase_ = Phase::Starting;
}

void Stage::log_problem(const std::string& problem) {
    messages_.push_back(problem);
    if (policy().notes_on_slide) notice_ = problem;  // on stage the audience must not see it
}

LogProblem Stage::problem_sink() {
    return [this](const std::string& problem) { log_problem(problem); };
}

void Stage::record(RecordStep::Kind kind, Micros talk_at, std::filesystem::path wav) {
    recording_ = kind != RecordStep::Kind::Stop;
    setup_.record(RecordStep{kind, talk_at, std::move(wav)});
}

// Every slide gets its full time: the clock starts on the first slide's present.
void Stage::start_clock(Micros presented_at) {
    if (setup_.resume) {
        const ResumePlan& plan = setup_.resume->plan;
        const WallTime wall_now = wall_.now();
        const Micros at = plan.talk_at(wall_now);
        if (setup_.resume->reopen_log) log_ = setup_.resume->reopen_log(problem_sink());
        run_.attach_log(log_.get());
        run_.start_resumed(presented_at, at, plan.not_talk_at(wall_now));
        if (plan.paused) run_.toggle_pause();  // it crashed paused: it stays paused
        shown_until_ = at;
    } else {
        if (setup_.open_log) log_ = setup_.open_log(wall_.now(), problem_sink());
        run_.attach_log(log_.get());
        run_.start_at(presented_at);
    }
    phase_ = Phase::Running;
    // The recording goes beside the log, so without one there is none (--record refuses --no-log).
    if (setup_.record && log_) {
        const auto wav = recording_path_for(log_->path());
        if (log_->stream()) {  // /dev/full.wav, FIFO.wav: never a name beside a pipe or device
            messages_.push_back("no recording: the log " + log_->path().string() +
                                " is a pipe or device, and the recording goes beside the log; "
                                "give --log a file");
            return;
        }
        if (wav == log_->path()) {  // --log x.wav: the recording would overwrite the log
            messages_.push_back("no recording: the log " + wav.string() +
                                " is named like a recording; name the log .jsonl");
            return;
        }
        record(RecordStep::Kind::Start, run_.elapsed_at(presented_at), wav);
        if (run_.paused()) record(RecordStep::Kind::Pause, run_.elapsed_at(presented_at));
    }
}

Micros Stage::resumed_talk_time() const {
    return setup_.resume->plan.talk_at(wall_.now());
}

// The log and its CSV are written and their places said; a rehearsal shows its summary.
void Stage::close_run(bool show_summary) {
    if (recording_) record(RecordStep::Kind::Stop, run_.elapsed());
    if (end_reason_.empty()) end_reason_ = run_.ended() ? "finished" : "quit";
    if (log_) {
        const auto written = log_->finish();
        log_written_ = written.log;
        if (!written.log.empty()) messages_.push_back("log: " + written.log.string());
        if (!written.csv.empty()) messages_.push_back("csv: " + written.csv.string());
        if (!written.problem.empty()) messages_.push_back(written.problem);
        if (written.log.empty()) {  // the last resort: the log itself, and a failing exit
            messages_.push_back("the timing log was written nowhere; here it is:\n" + written.lost);
            log_lost_ = true;
        }
        count_finished_run();
        if (policy().summary_at_end && show_summary) {
            const RunTable table = run_table(summarize(log_->events()));
            summary_ = SummaryCard{table.rows, table.notes};
            summary_->notes.push_back(key_for(key_mode(), Command::Restart) +
                                      " rehearse again  \xC2\xB7  " +
                                      key_for(key_mode(), Command::Quit) + " close");
        }
    }
    phase_ = Phase::Closed;
    closed_at_ = clock_.now();
    if (setup_.exit_at_end && (!policy().end_card_lingers || setup_.linger <= Micros{0}))
        done_ = true;
}

void Stage::stop(const std::string& reason) {
    if (phase_ == Phase::Running) {
        end_reason_ = reason;
        run_.end(reason);
        close_run(false);
    } else if (end_reason_.empty()) {
        end_reason_ = reason;
    }
    phase_ = Phase::Stopped;
    done_ = true;
}

CommandOutcome Stage::command(Command command) {
    const Micros now = clock_.now();
    if (controls_.take(command, now)) return {};
    switch (command) {
        case Command::BlankBlack:
        case Command::BlankWhite:
        case Command::HoldStopBegin:
        case Command::HoldStopEnd:
        case Command::ShowKeys:
            return {};  // the organizer's controls, taken above
        case Command::NotesDown:
            ++notes_scroll_;
            return {};
        case Command::NotesUp:
            notes_scroll_ = std::max(0, notes_scroll_ - 1);
            return {};
        case Command::NotesBigger:
            notes_zoom_ = std::min(6, notes_zoom_ + 1);
            return {};
        case Command::NotesSmaller:
            notes_zoom_ = std::max(-4, notes_zoom_ - 1);
            return {};
        case Command::LockedKey:
            locked_at_ = now;
            return CommandOutcome::ignored("the clock drives the slides on stage");
        case Command::WindowClosed:
            stop("closed");
            return {};
        case Command::Signal:
            stop("signal");
            return {};
        case Command::CloseRequest:
            if (policy().close_request == OnCloseRequest::Stop) {
                stop("quit");
                return {};
            }
            controls_.close_request_ignored(now);
            messages_.push_back(
                "a window close request is ignored during a talk: hold Esc to stop it");
            return CommandOutcome::ignored("a talk on stage is stopped by holding Esc");
        case Command::End:
            if (phase_ == Phase::Closed || phase_ == Phase::Stopped)
                return CommandOutcome::ignored("the talk is over");
            controls_.take(Command::HoldStopEnd, now);  // a hold under way is over too
            stop("quit");                               // as a held Esc does
            return {};
        case Command::Quit:
            if (!policy().quit_key_stops)
                return CommandOutcome::ignored("on stage, hold Esc to stop the talk");
            // Mid-run, Esc ends the run with the summary of what was rehearsed so far (what a
            // speaker quitting halfway wants to see); Esc on the summary closes the window.
            if (phase_ == Phase::Running && log_) {
                end_reason_ = "quit";
                run_.end("quit");
                close_run(true);
                return {};
            }
            stop("quit");
            return {};
        case Command::Start:
            if (phase_ == Phase::Waiting) {
                phase_ = Phase::Starting;
                return {};
            }
            if (policy().speaker_keys_locked) locked_at_ = now;
            return CommandOutcome::ignored("the talk has already started");
        case Command::Next:
            if (phase_ == Phase::Waiting) {
                phase_ = Phase::Starting;
            } else if (phase_ == Phase::Running) {
                run_.mark_or_next();
                if (run_.finished()) close_run(true);
            } else {
                return CommandOutcome::ignored("the run is not going");
            }
            return {};
        case Command::Previous:
            if (phase_ != Phase::Running) return CommandOutcome::ignored("the run is not going");
            run_.back();
            return {};
        case Command::Pause:
            if (phase_ != Phase::Running)
                return CommandOutcome::ignored(phase_ == Phase::Waiting || phase_ == Phase::Starting
                                                   ? "the talk has not started"
                                                   : "the talk is over");
            run_.toggle_pause();
            if (recording_)
                record(run_.paused() ? RecordStep::Kind::Pause : RecordStep::Kind::Resume,
                       run_.elapsed());
            return {};
        case Command::Restart:
            if (!policy().restarts) return CommandOutcome::ignored("only a rehearsal starts again");
            if (phase_ == Phase::Waiting) return CommandOutcome::ignored("the run has not started");
            if (phase_ == Phase::Running) {
                end_reason_ = "restart";
                run_.end("restart");
                close_run(false);  // no summary between runs
            }
            begin_run();
            return {};
        case Command::SkipTalk:
        case Command::BackTalk:
            return CommandOutcome::ignored("a talk is skipped or gone back to between talks");
    }
    return {};
}

void Stage::update() {
    const Micros now = clock_.now();
    if (controls_.held_to_stop(now)) {
        stop("quit");
        return;
    }
    if (phase_ == Phase::Running && run_.finished()) close_run(true);
    if (phase_ == Phase::Closed && setup_.exit_at_end && now - closed_at_ >= setup_.linger)
        done_ = true;
}

Micros Stage::talk_time_at(Micros at) const {
    switch (phase_) {
        case Phase::Waiting:
        case Phase::Starting:
            return setup_.resume ? resumed_talk_time() : Micros{0};
        case Phase::Running:
            return run_.elapsed_at(at);
        case Phase::Closed:
        case Phase::Stopped:
            break;
    }
    return std::max(run_.elapsed(), Micros{talk_.schedule.total});
}

Micros Stage::next_change(Micros after) const {
    const Micros now = clock_.now();
    WakeUp wake(after, now);
    controls_.wake_ups(wake);
    wake.consider(locked_at_ + kNoticeFor);
    wake.consider_next_minute(wall_.now());
    switch (phase_) {
        case Phase::Starting:
            return std::min(wake.at(), std::max(after, now));
        case Phase::Running: {
            const Micros from = std::max(talk_time_at(after), shown_until_);
            const Micros talk_next = run_.next_change(from, bar_width_);
            if (talk_next != Micros::max()) wake.consider(run_.clock_at(talk_next));
            break;
        }
        case Phase::Closed:
            if (setup_.exit_at_end) wake.consider(closed_at_ + setup_.linger);
            break;
        case Phase::Waiting:
        case Phase::Stopped:
            break;
    }
    return wake.at();
}

bool Stage::on_the_clock() const {
    return phase_ == Phase::Running && !run_.paused();
}

void Stage::presented(Micros planned, Micros at, bool slide_ready) {
    if (phase_ == Phase::Starting) {
        if (!slide_ready) return;  // the talk begins with its first slide on screen
        start_clock(at);
        planned = at;
    }
    if (phase_ != Phase::Running) return;
    // A screen never takes the talk back: what reached the display last is the furthest point.
    const Micros talk_time = std::max(talk_time_at(planned), shown_until_);
    shown_until_ = talk_time;
    run_.advance_to(talk_time);
    if (slide_ready && !run_.ended()) run_.presented(at);
    if (cue_tracker_) {
        const Moment moment = run_.moment_at(talk_time);
        for (Cue cue : cue_tracker_->step(run_.current(),
                                          std::chrono::duration_cast<Millis>(moment.talk_left)))
            cues_.push_back(cue);
    }
}

KeyMode Stage::key_mode() const {
    return policy().keys;
}

std::vector<int> Stage::wanted_slides() const {
    const int last = talk_.schedule.count() - 1;
    const int current =
        !policy().clock_moves_slides && phase_ == Phase::Running
            ? std::clamp(run_.current(), 0, last)
            : std::clamp(
                  talk_.schedule.slide_at(std::max(shown_until_, talk_time_at(clock_.now()))), 0,
                  last);
    std::vector<int> wanted;
    for (int k : {current, current + 1, current + 2, current - 1})
        if (k >= 0 && k <= last) wanted.push_back(k);
    return wanted;
}

std::vector<std::string> Stage::take_messages() {
    std::vector<std::string> out;
    out.swap(messages_);
    return out;
}

}  // namespace lightning
