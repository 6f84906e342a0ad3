#include "shell/app/event_command.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "core/event/lineup.hpp"
#include "core/log/log_file.hpp"
#include "core/log/log_paths.hpp"
#include "shell/app/play_command.hpp"
#include "shell/window/player_loop.hpp"
#include "core/log/run_log.hpp"
#include "shell/decode/slide_decoders.hpp"
#include "core/time/time_text.hpp"

namespace lightning {

void add_event_command(CLI::App& app, EventOptions& options) {
    auto* command = app.add_subcommand(
        "event", "Run a session of talks on one projector: a title card before each, the talk on "
                 "the hard clock, its end card, the next title card");
    command->add_option("lineup", options.lineup, "A lineup file (.toml) or deck paths in order")->required();
    command->add_flag("--window", options.window, "Windows instead of full screen");
    command->add_option("--window-size", options.window_size, "Window size WIDTHxHEIGHT")->capture_default_str();
    command->add_option("--display", options.display, "Display for the audience (see `lightning displays`)")
        ->capture_default_str();
    command->add_flag("--presenter", options.presenter, "A presenter view in a second window");
    command->add_option("--end-card-seconds", options.end_card_seconds,
                        "How long a talk's end card stays before the next title card")
        ->capture_default_str();
    command->add_flag("--resume", options.resume,
                      "Continue a session that crashed: the talk that was running goes on, on its "
                      "schedule, then the rest of the lineup");
    command->add_option("--renderer", options.renderer, "software, accelerated or auto")
        ->check(CLI::IsMember({"auto", "software", "accelerated"}))
        ->capture_default_str();
}

namespace {

// The session summary: one line per event (session start, each talk's start and end with its
// overrun, skipped talks, the session's end), written as the session goes, like a talk's log.
class SessionLog {
public:
    explicit SessionLog(std::filesystem::path path)
        : file_(std::move(path), {std::filesystem::temp_directory_path() / "lightning-logs"}) {}
    void write(Json event) {
        event["wall"] = iso_utc(std::chrono::system_clock::now());
        if (!file_.append(event.dump()) && !reported_) {
            reported_ = true;
            std::fprintf(stderr, "lightning: the session log cannot be written (%s); it is kept in memory\n",
                         file_.problem().c_str());
        }
    }
    std::filesystem::path finish() { return file_.finish(); }

private:
    LogFile file_;
    bool reported_ = false;
};

std::filesystem::path sessions_dir() { return logs_root().parent_path() / "sessions"; }

// Where a crashed session stopped: its summary file and the talk that had started but not ended.
struct ResumePoint {
    std::filesystem::path session_log;
    size_t talk = 0;  // 0-based
};

ResumePoint find_resume_point(const Lineup& lineup) {
    std::vector<std::filesystem::path> logs;
    std::error_code error;
    for (std::filesystem::directory_iterator it(sessions_dir(), error), end; !error && it != end; it.increment(error))
        if (it->path().extension() == ".jsonl") logs.push_back(it->path());
    std::sort(logs.rbegin(), logs.rend());  // newest first
    for (const auto& path : logs) {
        std::ifstream in(path);
        std::string line, name;
        long long running = -1;  // the talk started and not ended, -1 for none
        bool ended = false;
        while (std::getline(in, line)) {
            const Json event = Json::parse(line, nullptr, false);
            if (event.is_discarded() || !event.is_object()) continue;
            const std::string kind = event.value("event", "");
            if (kind == "session_start") name = event.value("name", "");
            if (kind == "talk_start") running = event.value("talk", 1) - 1;
            if (kind == "talk_end" || kind == "talk_skipped") running = -1;
            if (kind == "session_end") ended = true;
        }
        if (ended || name != lineup.name) continue;
        if (running < 0) break;  // it crashed between talks: nothing is running to resume
        return {path, static_cast<size_t>(running)};
    }
    throw DeckError("no crashed session of \"" + lineup.name + "\" with a talk running in " +
                    sessions_dir().string() + ": nothing to resume");
}

std::string talk_line(size_t index, const CheckedTalk& talk) {
    std::string line = std::to_string(index + 1) + ". " + talk.display_title;
    if (!talk.display_speaker.empty()) line += " \xE2\x80\x94 " + talk.display_speaker;  // em dash
    if (!talk.problem.empty()) line += "  (cannot be played)";
    return line;
}

std::string talk_format(const CheckedTalk& talk) {
    if (!talk.schedule) return "";
    return std::string(format_name(talk.schedule->format)) + " \xC2\xB7 " + format_countdown(talk.schedule->total) +
           " \xC2\xB7 " + std::to_string(talk.schedule->count()) + " slides";
}

class EventRunner {
public:
    EventRunner(const EventOptions& options, const Lineup& lineup, std::vector<CheckedTalk> talks,
                std::optional<ResumePoint> resume)
        : options_(options), lineup_(lineup), talks_(std::move(talks)), resume_(std::move(resume)),
          loaded_event_(SDL_RegisterEvents(1)),
          screen_(ScreenOptions{options.window, options.window_size, options.display, options.renderer,
                                "lightning - " + lineup.name, false},
                  empty_deck_, SlideLoader::Decoder{}, loop_waker(loaded_event_)),
          log_(resume_ ? resume_->session_log
                       : sessions_dir() / (compact_utc(std::chrono::system_clock::now()) + "-event.jsonl")) {
        if (options.presenter)
            presenter_.emplace(presenter_screen(options.window, options.display, options.renderer, lineup.name),
                               empty_deck_, SlideLoader::Decoder{}, loop_waker(loaded_event_));
    }

    int run() {
        screen_.open();
        if (presenter_) presenter_->open();
        screen_.go_fullscreen();
        Json order = Json::array();
        for (const auto& talk : talks_)
            order.push_back({{"deck", talk.talk.deck}, {"title", talk.display_title},
                             {"speaker", talk.display_speaker}, {"problem", talk.problem}});
        if (resume_)
            log_.write({{"event", "session_resumed"}, {"talk", resume_->talk + 1}});
        else
            log_.write({{"event", "session_start"}, {"name", lineup_.name}, {"talks", order}});
        std::string ended = "finished";
        for (size_t i = resume_ ? resume_->talk : 0; i < talks_.size() && ended == "finished"; ++i) {
            const bool resuming = resume_ && i == resume_->talk;  // no title card: it was running
            if (!resuming && !title_card(i)) {
                ended = stop_signal_received() ? "signal" : "quit";
                break;
            }
            if (!talks_[i].schedule) {  // a broken deck: the organizer moves on past its card
                log_.write({{"event", "talk_skipped"}, {"talk", i + 1}, {"problem", talks_[i].problem}});
                continue;
            }
            if (run_talk(i, resuming) == "signal") ended = "signal";
        }
        log_.write({{"event", "session_end"}, {"reason", ended}});
        std::fprintf(stderr, "session log: %s\n", log_.finish().c_str());
        return 0;
    }

private:
    // Holds the talk's title card until the organizer starts it (Space, PageDown, Right,
    // Return, a click); false when the session is stopped instead (Esc held 1 s, a signal).
    bool title_card(size_t index) {
        Frame frame;
        frame.title_card = true;
        frame.heading = "Next";
        frame.title = talks_[index].display_title;
        frame.speaker = talks_[index].display_speaker;
        frame.end_note = talk_format(talks_[index]);
        frame.problem = talks_[index].problem;
        if (!frame.problem.empty()) frame.end_note = "Space: go on to the next talk";
        for (size_t i = 0; i < talks_.size(); ++i) frame.running_order.push_back(talk_line(i, talks_[i]));
        frame.running_current = static_cast<int>(index);
        auto draw = [&] {
            screen_.draw(frame, SlideView{}, nullptr);
            screen_.present(nullptr);
            if (presenter_) {
                presenter_->draw(frame, SlideView{}, nullptr);
                presenter_->present(nullptr);
            }
        };
        draw();
        std::fprintf(stderr, "title card %zu/%zu: %s\n", index + 1, talks_.size(), frame.title.c_str());
        std::optional<Uint32> esc_since;
        for (;;) {
            if (stop_signal_received()) return false;
            SDL_Event event;
            if (!SDL_WaitEventTimeout(&event, 100)) {
                if (esc_since && SDL_GetTicks() - *esc_since >= 1000) return false;
                continue;
            }
            switch (event.type) {
                case SDL_QUIT: return false;
                case SDL_KEYDOWN:
                    if (event.key.repeat) break;
                    switch (event.key.keysym.sym) {
                        case SDLK_SPACE: case SDLK_PAGEDOWN: case SDLK_RIGHT: case SDLK_RETURN: case SDLK_DOWN:
                            return true;
                        case SDLK_ESCAPE: esc_since = SDL_GetTicks(); break;
                        default: break;
                    }
                    break;
                case SDL_KEYUP:
                    if (event.key.keysym.sym == SDLK_ESCAPE) esc_since.reset();
                    break;
                case SDL_MOUSEBUTTONDOWN: return true;
                case SDL_WINDOWEVENT:
                    if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
                        screen_.rebuild();
                        if (presenter_) presenter_->rebuild();
                    }
                    if (event.window.event == SDL_WINDOWEVENT_CLOSE) return false;
                    draw();
                    break;
                default: break;
            }
        }
    }

    std::string run_talk(size_t index, bool resuming) {
        const CheckedTalk& talk = talks_[index];
        PreparedTalk prepared{*talk.deck, *talk.schedule, {}, presenter_ ? OverlayMode::Both : OverlayMode::Audience};
        prepared.deck.title = talk.display_title;  // the end card shows the lineup's names
        prepared.deck.speaker = talk.display_speaker;
        PlayerSetup setup;
        setup.screen = ScreenOptions{options_.window, options_.window_size, options_.display, options_.renderer,
                                     "lightning - " + lineup_.name, false};
        setup.mode = SessionMode::Play;
        setup.exit_at_end = true;
        setup.linger_after_end = Micros{static_cast<long long>(options_.end_card_seconds * 1e6)};
        setup.deck_path = talk.talk.deck;
        const WallTime started = std::chrono::system_clock::now();
        if (resuming) {
            // The talk's own log says where its clock is: the newest unfinished log of its deck.
            if (auto crashed = newest_unfinished_log(deck_logs_dir(prepared.deck))) try {
                setup.resume = plan_resume(std::move(*crashed), {}, started);
            } catch (const ResumeError& error) {
                std::fprintf(stderr, "lightning: %s\n", error.what());
            }
            if (!setup.resume) std::fprintf(stderr, "lightning: talk %zu cannot be resumed: it starts again\n", index + 1);
        }
        if (!setup.resume)
            log_.write({{"event", "talk_start"}, {"talk", index + 1}, {"deck", talk.talk.deck},
                        {"title", talk.display_title}, {"planned_ms", talk.schedule->total.count()}});
        const TalkOutcome outcome = run_talk_on(setup, prepared, screen_, presenter_ ? &*presenter_ : nullptr,
                                                loaded_event_);
        // The windows let go of this talk's deck before it goes.
        screen_.load_deck(empty_deck_, {});
        if (presenter_) presenter_->load_deck(empty_deck_, {});
        // The talk's own length, from its log (start to end, pauses included); else the wall clock.
        long long actual = std::chrono::duration_cast<std::chrono::milliseconds>(
                               std::chrono::system_clock::now() - started).count();
        if (!outcome.log.empty()) try {
                const RunSummary run = read_run_log(outcome.log).summary;
                actual = run.end_talk_ms + run.paused_ms;
            } catch (const LogError&) {
            }
        log_.write({{"event", "talk_end"}, {"talk", index + 1}, {"reason", outcome.reason},
                    {"log", outcome.log.string()}, {"planned_ms", talk.schedule->total.count()},
                    {"actual_ms", actual}, {"overrun_ms", actual - talk.schedule->total.count()}});
        return outcome.reason;
    }

    const EventOptions& options_;
    const Lineup& lineup_;
    std::vector<CheckedTalk> talks_;
    std::optional<ResumePoint> resume_;
    Deck empty_deck_;  // what the windows show before the first talk (nothing to decode)
    Uint32 loaded_event_;
    WindowScreen screen_;
    std::optional<WindowScreen> presenter_;
    SessionLog log_;
};

}  // namespace

int run_event(const EventOptions& options) {
    const Lineup lineup = lineup_from_arguments(options.lineup);
    for (const auto& warning : lineup.warnings) std::fprintf(stderr, "lightning: warning: %s\n", warning.c_str());
    // Every deck is checked before the first talk: a broken one is reported now and on its card.
    std::vector<CheckedTalk> talks = check_lineup(lineup);
    for (size_t i = 0; i < talks.size(); ++i)
        std::fprintf(stderr, "talk %zu: %s: %s\n", i + 1, talks[i].talk.deck.c_str(),
                     talks[i].problem.empty() ? talk_format(talks[i]).c_str() : talks[i].problem.c_str());
    std::optional<ResumePoint> resume;
    if (options.resume) resume = find_resume_point(lineup);
    const auto sdl = open_video(options.renderer);
    EventRunner runner(options, lineup, std::move(talks), std::move(resume));
    return runner.run();
}

}  // namespace lightning
