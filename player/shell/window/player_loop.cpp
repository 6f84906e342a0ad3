#include "shell/window/player_loop.hpp"

#include <algorithm>
#include <cstdio>

#include "shell/window/flip_report.hpp"
#include "core/log/log_paths.hpp"
#include "shell/window/precise_wait.hpp"
#include "shell/window/presenter_view.hpp"
#include "core/log/run_table.hpp"
#include "shell/decode/slide_decoders.hpp"
#include "shell/window/stage_keys.hpp"

namespace lightning {

namespace {

bool rehearsal(SessionMode mode) { return mode != SessionMode::Play; }

constexpr Micros kHoldToStop{1'000'000};
constexpr Micros kLockedNoticeFor{3'000'000};

class Player {
public:
    Player(const PlayerSetup& setup, const PreparedTalk& talk, WindowScreen& screen,
           WindowScreen* presenter, Uint32 loaded_event)
        : setup_(setup), prepared_(talk),
          session_(talk.deck, talk.schedule, talk.thresholds, clock_, setup.mode, nullptr,
                   setup.deck_path, LIGHTNING_VERSION),
          loaded_event_(loaded_event), screen_(screen), presenter_(presenter) {}

    const std::string& end_reason() const { return end_reason_; }
    const std::filesystem::path& log_written() const { return log_written_; }

    int run() {
        if (!screen_.is_open()) {
            screen_.start_decoding_first_slides();
            if (presenter_) presenter_->start_decoding_first_slides();
            screen_.open();
            if (presenter_) presenter_->open();
        }
        SDL_DisableScreenSaver();  // on stage nothing may dim the projector
        if (setup_.resume)
            start_resumed_run();
        else
            start_run();
        startup_ = clock_.now() - setup_.process_start;
        screen_.go_fullscreen();
        while (!quit_) {
            keep_slides_ready();
            if (started_ && !run_closed_) show_presenter(shown_until_);
            if (stop_signal_received()) {
                stop("signal");
                break;
            }
            if (session_.finished()) {
                if (!run_closed_) {
                    finish_run(true);
                    closed_at_ = clock_.now();
                }
                // An event shows the end card a moment before the next title card.
                if (setup_.exit_at_end && clock_.now() - closed_at_ >= setup_.linger_after_end) break;
            }
            if (redraw_now_) {  // a key changed what is on screen (a mark, a pause, a slide)
                redraw_now_ = false;
                show(session_.elapsed());
                continue;
            }
            if (waiting_for_pixels_ && screen_.ready(last_frame_->slide)) {
                show(session_.elapsed());  // the late slide arrived: show it at once
                continue;
            }
            Micros target = run_closed_ && rehearsal(setup_.mode) ? Micros::max() : next_change();
            if (run_closed_ && setup_.exit_at_end && setup_.linger_after_end > Micros{0})
                target = std::min(target, session_.elapsed() + (closed_at_ + setup_.linger_after_end - clock_.now()));
            if (!wait_for(target)) continue;  // input or a decoded slide arrived first
            show(target);
        }
        if (!session_.finished()) stop("quit");
        if (!run_closed_) finish_run(false);
        return log_lost_ ? 1 : 0;
    }

private:
    // The clock starts when the first slide can be shown: the talk begins with its first slide.
    void start_run() {
        screen_.keep_ready({0, 1, 2}, 0, 2);
        screen_.wait_for_slide(0);
        keep_slides_ready();
        started_ = false;
        run_closed_ = false;
        last_frame_.reset();
        shown_until_ = Micros{0};
        show(Micros{0});  // the talk's clock starts when this frame reaches the screen
    }

    // After a crash: the talk goes on where its schedule is now, by the wall clock of its start.
    void start_resumed_run() {
        const int due = setup_.resume->slide_at(std::chrono::system_clock::now());
        screen_.keep_ready({due, due + 1, due + 2}, due - 1, due + 2);
        screen_.wait_for_slide(due);
        shown_until_ = resumed_talk_time();
        keep_slides_ready();
        started_ = false;
        run_closed_ = false;
        last_frame_.reset();
        show(Micros{0});
    }

    // Talk time of the crashed run now: wall-clock time since its start, less its pauses.
    Micros resumed_talk_time() const { return setup_.resume->talk_at(std::chrono::system_clock::now()); }

    void open_resumed_log() {
        const ReadLog& crashed = setup_.resume->log;  // LogFile cuts a half-written last line
        log_.emplace(LogFile(crashed.path, fallback_log_dirs(prepared_.deck)), setup_.resume->wall_start,
                     crashed.events, [this](const std::string& problem) { log_failed(problem); });
        session_.attach_log(&*log_);
    }

    void log_failed(const std::string& problem) {
        std::fprintf(stderr, "lightning: %s\n", problem.c_str());
        notice_ = problem;
        if (!rehearsal(setup_.mode))  // on stage the audience must not see it
            SDL_SetWindowTitle(screen_.window(), ("lightning - " + problem).c_str());
    }

    // The log is opened when the run starts: its name carries the start's wall-clock time.
    void open_log() {
        log_.reset();
        session_.attach_log(nullptr);
        if (!setup_.log) return;
        const WallTime wall = std::chrono::system_clock::now();
        const std::string mode(mode_name(setup_.mode));
        const std::filesystem::path path =
            setup_.log_path.empty() ? default_log_path(prepared_.deck, mode, wall) : std::filesystem::path(setup_.log_path);
        log_.emplace(LogFile(path, fallback_log_dirs(prepared_.deck), LogFile::Open::New), wall,
                     [this](const std::string& problem) { log_failed(problem); });
        session_.attach_log(&*log_);
    }

    // The run's end: the log and its CSV are written and their places printed; a rehearsal
    // shows its summary.
    void finish_run(bool show_summary_screen) {
        if (end_reason_.empty()) end_reason_ = session_.ended() ? "finished" : "quit";
        if (setup_.verbose) print_summary(session_.talk(), startup_, end_reason_, counted_from_);
        if (log_) {
            const auto written = log_->finish();
            log_written_ = written.log;
            if (!written.log.empty())
                std::fprintf(stderr, "log: %s\n", written.log.c_str());
            if (!written.csv.empty()) std::fprintf(stderr, "csv: %s\n", written.csv.c_str());
            if (!written.problem.empty()) std::fprintf(stderr, "lightning: %s\n", written.problem.c_str());
            if (written.log.empty()) {  // the last resort: the log itself, and a failing exit
                std::fprintf(stderr, "lightning: the timing log was written nowhere; here it is:\n%s", written.lost.c_str());
                log_lost_ = true;
            }
        }
        run_closed_ = true;
        if (rehearsal(setup_.mode) && log_ && show_summary_screen) show_summary();
    }

    void show_summary() {
        const RunTable table = run_table(summarize(log_->events()));
        Frame frame;
        frame.table = table.rows;
        frame.table_notes = table.notes;
        frame.table_notes.push_back("R rehearse again  \xC2\xB7  Esc close");
        screen_.draw(frame, SlideView{}, nullptr);
        screen_.present(nullptr);
        last_frame_ = frame;
    }

    void stop(const std::string& reason) {
        end_reason_ = reason;
        quit_ = true;
        session_.end(reason);
    }

    void restart() {
        if (!session_.finished()) session_.end("restart");
        if (!run_closed_) finish_run(false);  // no summary screen between runs
        end_reason_.clear();
        start_run();
    }

    // The next instant the screen must change, counted from what is already on screen (a frame
    // drawn ahead of its instant counts as shown, so the loop never re-plans it).
    Micros next_change() const {
        return session_.next_change(std::max(session_.elapsed(), shown_until_), screen_.bar_width());
    }

    // The slide on screen and the next two stay resident (plus the previous one), nothing else.
    void keep_slides_ready() {
        const int last = prepared_.schedule.count() - 1;
        const int current = setup_.mode == SessionMode::Free
                                ? std::clamp(session_.current(), 0, last)
                                : std::clamp(prepared_.schedule.slide_at(shown_until_), 0, last);
        screen_.keep_ready({current, current + 1, current + 2, current - 1}, current - 1, current + 2);
        if (presenter_) presenter_->keep_ready({current, current + 1, current + 2}, current - 1, current + 2);
    }

    // What the organizer and speaker should know now, on the presenter view only.
    std::string presenter_status() const {
        if (esc_deadline_) return "keep holding Esc to stop the talk";
        if (session_.paused()) return "PAUSED: Ctrl+P resumes";
        if (blank_ == Blank::Black) return "audience sees BLACK (B)";
        if (blank_ == Blank::White) return "audience sees WHITE (W)";
        if (clock_.now() - locked_key_at_ < kLockedNoticeFor)
            return "keys are locked: the clock drives the slides";
        if (const auto note = session_.note(shown_until_))  // a rehearsal's live over/under
            return (note->over ? "words " : "slack ") + note->text;
        return "";
    }

    void show_presenter(Micros at) {
        if (presenter_)
            presenter_view_.show(make_presenter_frame(prepared_.deck, prepared_.schedule, session_.moment_at(at),
                                                      prepared_.overlay, time_of_day(), presenter_status()));
    }

    // Clock time at which talk time `at` falls (while running).
    Micros clock_at(Micros at) const { return clock_.now() + (at - session_.elapsed()); }

    // Sleeps until just before the target (talk time), handling input meanwhile. Returns false
    // when the loop should run again first (quit, a key, a decoded slide).
    bool wait_for(Micros target) {
        const Micros draw_at = target == Micros::max() ? Micros::max() : clock_at(target) - draw_margin_;
        for (;;) {
            if (esc_held_long_enough()) {
                stop("quit");
                return false;
            }
            const Micros now = clock_.now();
            if (now >= draw_at) return true;
            // Wake for the draw, or for the moment a held Esc has been held long enough.
            const Micros wake = esc_deadline_ ? std::min(draw_at, *esc_deadline_) : draw_at;
            const long long wait_ms = wake == Micros::max() ? 1000 : (wake - now).count() / 1000;
            SDL_Event event;
            if (wait_ms <= 0) {
                if (!SDL_PollEvent(&event)) {
                    if (wake == draw_at) return true;
                    continue;  // the Esc deadline: checked at the top
                }
            } else if (!SDL_WaitEventTimeout(&event, static_cast<int>(wait_ms))) {
                if (draw_at == Micros::max() && !esc_deadline_) return false;
                continue;
            }
            if (!handle(event)) return false;
        }
    }

    // Returns false when the event needs the loop to re-plan.
    bool handle(const SDL_Event& event) {
        if (event.type == loaded_event_) return false;
        switch (event.type) {
            case SDL_QUIT:
                stop(stop_signal_received() ? "signal" : "quit");
                return false;
            case SDL_KEYDOWN:
                if (!key(event.key)) return true;
                redraw_now_ = true;
                return false;
            case SDL_KEYUP:
                if (event.key.keysym.sym == SDLK_ESCAPE) esc_deadline_.reset();
                return true;
            case SDL_DISPLAYEVENT:
                screen_.follow_displays();
                if (presenter_) presenter_->follow_displays();
                last_frame_.reset();
                presenter_view_.forget();
                redraw_now_ = true;
                return false;
            case SDL_MOUSEBUTTONDOWN:
                if (!rehearsal(setup_.mode)) locked_key_at_ = clock_.now();  // a clicker's mouse mode
                return true;
            case SDL_WINDOWEVENT:
                if (presenter_ && event.window.windowID == presenter_->window_id()) {
                    if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) presenter_->rebuild();
                    if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
                        event.window.event == SDL_WINDOWEVENT_EXPOSED) {
                        presenter_view_.forget();
                        show_presenter(session_.elapsed());
                    }
                    if (event.window.event == SDL_WINDOWEVENT_CLOSE) stop("quit");
                    return event.window.event != SDL_WINDOWEVENT_CLOSE;
                }
                if (event.window.event == SDL_WINDOWEVENT_CLOSE) {
                    stop("quit");
                    return false;
                }
                if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
                    screen_.rebuild();  // the window's surface (and so every texture) is new
                    repaint();
                } else if (event.window.event == SDL_WINDOWEVENT_EXPOSED) {
                    repaint();
                }
                return true;
            default:
                return true;
        }
    }

    void repaint() {
        last_frame_.reset();  // repaint now, whatever the clock says
        if (run_closed_ && rehearsal(setup_.mode) && log_)
            show_summary();
        else
            show(session_.elapsed());
    }

    // A key press; true when the screen must change at once.
    bool key(const SDL_KeyboardEvent& press) {
        const KeyAction action = rehearsal(setup_.mode) ? rehearsal_key(press.keysym) : stage_key(press);
        switch (action) {
            case KeyAction::Quit: stop("quit"); return true;
            case KeyAction::Next:
                if (run_closed_) return false;  // the summary is up
                session_.mark_or_next();
                return true;
            case KeyAction::Back: session_.back(); return true;
            case KeyAction::Pause: session_.toggle_pause(); return true;
            case KeyAction::Restart: restart(); return true;
            case KeyAction::HoldToStop:
                esc_deadline_ = clock_.now() + kHoldToStop;
                return presenter_ != nullptr;  // the presenter view says "keep holding"
            case KeyAction::Black: blank_ = blank_ == Blank::Black ? Blank::None : Blank::Black; return true;
            case KeyAction::White: blank_ = blank_ == Blank::White ? Blank::None : Blank::White; return true;
            case KeyAction::Locked:
                locked_key_at_ = clock_.now();
                return presenter_ != nullptr;  // the presenter view says so at once
            case KeyAction::None: return false;
        }
        return false;
    }

    // Esc held for a second stops the talk; letting go sooner does nothing.
    bool esc_held_long_enough() {
        if (!esc_deadline_ || clock_.now() < *esc_deadline_) return false;
        const Uint8* keys = SDL_GetKeyboardState(nullptr);
        if (!keys[SDL_SCANCODE_ESCAPE]) {
            esc_deadline_.reset();
            return false;
        }
        return true;
    }

    // What to draw for `frame`: its slide, or while that is still decoding, the slide that was
    // on screen before (the clock and the overlay go on regardless).
    SlideView slide_for(const Frame& frame, bool& ready) const {
        ready = frame.end_card || screen_.ready(frame.slide);
        if (ready || frame.end_card) return screen_.view(frame.slide);
        if (last_shown_slide_ >= 0 && screen_.ready(last_shown_slide_)) return screen_.view(last_shown_slide_);
        SlideView empty = screen_.view(frame.slide);
        empty.texture = nullptr;
        return empty;
    }

    Frame frame_at(Micros at) const {
        const Moment moment = session_.moment_at(at);
        Frame frame = make_frame(prepared_.deck, prepared_.schedule, moment, prepared_.overlay,
                                 screen_.bar_width());
        if (const auto note = session_.note(at)) {
            frame.note = note->text;
            frame.note_over = note->over;
        }
        frame.paused = session_.paused() && rehearsal(setup_.mode);
        frame.blank = blank_;
        if (rehearsal(setup_.mode)) frame.notice = notice_;
        return frame;
    }

    // Draws the screen as it must look at `target` (talk time), presents it at that instant,
    // and tells the session what reached the screen.
    void show(Micros target) {
        if (run_closed_ && rehearsal(setup_.mode)) return;  // the summary stays
        // After a stall, what is due now; before the start, the first instant (after a crash,
        // the instant the crashed run's schedule has reached).
        const Micros at = started_ ? std::max(target, session_.elapsed())
                                   : setup_.resume ? resumed_talk_time() : Micros{0};
        shown_until_ = at;
        const Frame frame = frame_at(at);
        bool ready = false;
        const SlideView slide = slide_for(frame, ready);
        if (last_frame_ && *last_frame_ == frame && ready == !waiting_for_pixels_) {
            session_.advance_to(at);
            show_presenter(at);
            return;
        }
        // Only the overlay changed (a digit, the bar): redraw and push just its corner.
        const bool overlay_only = last_frame_ && only_overlay_differs(*last_frame_, frame) &&
                                  frame.note.empty() && ready == !waiting_for_pixels_;
        const SDL_Rect corner = screen_.overlay_corner();
        const Micros draw_start = clock_.now();
        screen_.draw(frame, slide, overlay_only ? &corner : nullptr);
        const Micros drawn = clock_.now();
        draw_margin_ = std::clamp((draw_margin_ * 3 + (drawn - draw_start)) / 4 + Micros{3000},
                                  Micros{3000}, Micros{50'000});
        // Start presenting early by what presenting takes, so the frame lands on the instant.
        Micros& present_cost = overlay_only ? present_cost_corner_ : present_cost_full_;
        if (started_ && !session_.paused()) wait_precisely(clock_, clock_at(at) - present_cost);
        const Micros present_start = clock_.now();
        screen_.present(overlay_only ? &corner : nullptr);
        const Micros presented = clock_.now();
        if (!started_ && setup_.resume) {  // the crashed run's clock, read at this present
            open_resumed_log();
            const WallTime wall_now = std::chrono::system_clock::now();
            session_.start_resumed(presented, setup_.resume->talk_at(wall_now), setup_.resume->not_talk_at(wall_now));
            if (setup_.resume->paused) session_.toggle_pause();  // it crashed paused: it stays paused
            counted_from_ = setup_.resume->slide_at(wall_now);
            started_ = true;
        } else if (!started_) {  // every slide gets its full time: the run starts on this present
            open_log();
            session_.start_at(presented);
            started_ = true;
        }
        present_cost = std::clamp((present_cost * 3 + (presented - present_start)) / 4,
                                  Micros{0}, Micros{20'000});
        const size_t events_before = session_.talk().events().size();
        session_.advance_to(at);
        if (ready && !frame.end_card) {
            session_.presented(presented);
            last_shown_slide_ = frame.slide;
        }
        waiting_for_pixels_ = !ready;
        if (setup_.verbose)
            for (size_t i = events_before; i < session_.talk().events().size(); ++i)
                if (session_.talk().events()[i].kind == TalkEvent::Kind::Shown)
                    print_flip(session_.talk().events()[i], prepared_);
        last_frame_ = frame;
        show_presenter(at);
    }

    const PlayerSetup& setup_;
    const PreparedTalk& prepared_;
    SteadyClock clock_;
    Session session_;
    std::optional<TalkLog> log_;
    Uint32 loaded_event_;
    std::optional<Frame> last_frame_;
    bool started_ = false;
    bool run_closed_ = false;
    int last_shown_slide_ = -1;        // last slide whose own pixels reached the screen
    bool waiting_for_pixels_ = false;  // the frame on screen lacks its slide (still decoding)
    Micros draw_margin_{8000};
    Micros shown_until_{0};            // talk time of the last frame shown
    Micros present_cost_full_{0};      // running averages of how long a present takes: the
    Micros present_cost_corner_{0};    // whole screen, or only the overlay's corner
    Micros startup_{0};
    bool quit_ = false;
    bool redraw_now_ = false;
    Blank blank_ = Blank::None;
    std::optional<Micros> esc_deadline_;  // Esc is held: stop at this instant if still held
    Micros locked_key_at_{-1'000'000'000}; // last speaker key ignored in play (presenter says so)
    std::string end_reason_;
    std::string notice_;
    bool log_lost_ = false;            // no place could keep the timing log: exit 1
    int counted_from_ = 0;             // --verbose counts flips from this slide (after a resume)
    Micros closed_at_{0};              // when the run's log was closed (its end)
    std::filesystem::path log_written_;
    WindowScreen& screen_;
    WindowScreen* presenter_;
    PresenterView presenter_view_{presenter_};
};

}  // namespace

namespace {
// After a crash the talk goes on as it was planned then (its log's start), whatever the deck
// says now.
PreparedTalk as_resumed(const PlayerSetup& setup, const PreparedTalk& talk) {
    PreparedTalk resumed = talk;
    if (setup.resume) resumed.schedule = setup.resume->schedule;
    return resumed;
}
}  // namespace

int run_player(const PlayerSetup& setup, const PreparedTalk& given) {
    const PreparedTalk talk = as_resumed(setup, given);
    const Uint32 loaded_event = SDL_RegisterEvents(1);
    WindowScreen screen(setup.screen, talk.deck, make_decoder(talk.deck), loop_waker(loaded_event));
    std::optional<WindowScreen> presenter;
    if (setup.presenter)
        presenter.emplace(*setup.presenter, talk.deck, make_decoder(talk.deck), loop_waker(loaded_event));
    Player player(setup, talk, screen, presenter ? &*presenter : nullptr, loaded_event);
    return player.run();
}

TalkOutcome run_talk_on(const PlayerSetup& setup, const PreparedTalk& given, WindowScreen& screen,
                        WindowScreen* presenter, Uint32 loaded_event) {
    const PreparedTalk talk = as_resumed(setup, given);
    screen.load_deck(talk.deck, make_decoder(talk.deck));
    if (presenter) presenter->load_deck(talk.deck, make_decoder(talk.deck));
    Player player(setup, talk, screen, presenter, loaded_event);
    player.run();
    return {player.end_reason(), player.log_written()};
}

}  // namespace lightning
