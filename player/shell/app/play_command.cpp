#include "shell/app/play_command.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "core/log/log_paths.hpp"
#include "core/log/resume_plan.hpp"
#include "shell/window/player_loop.hpp"
#include "shell/platform/sdl_handles.hpp"

namespace lightning {

namespace {

void add_window_options(CLI::App& command, PlayOptions& options) {
    command.add_option("--window-size", options.window_size, "Window size WIDTHxHEIGHT")
        ->capture_default_str();
    command.add_option("--display", options.display, "Display index for full screen (see `lightning displays`)")
        ->capture_default_str();
    command.add_flag("-v,--verbose", options.verbose, "Print every flip and a timing summary");
    command.add_option("--renderer", options.renderer,
                       "software (default: steady, cheap for still slides), accelerated, or auto")
        ->check(CLI::IsMember({"auto", "software", "accelerated"}))
        ->capture_default_str();
    command.add_option("--log", options.log, "Write the timing log here (default: the logs folder, see README)");
    command.add_flag("--no-log", options.no_log, "Write no timing log");
    command.add_flag("--presenter", options.presenter,
                     "A presenter view (current and next slide, notes, timers) in a second window: "
                     "full screen on another display when there is one");
}

// The log --resume continues (the one given, or the deck's newest log without an end event) and
// where its talk stands now, on its own schedule.
ResumePlan resume_plan(const PlayOptions& options, const PreparedTalk& talk) {
    std::optional<ReadLog> log;
    if (!options.resume_log.empty()) {
        log = read_run_log(options.resume_log);
        if (log->summary.end_reason)
            throw DeckError(options.resume_log + " ended (" + *log->summary.end_reason + "): there is nothing to resume");
    } else {
        log = newest_unfinished_log(deck_logs_dir(talk.deck));
        if (!log)
            throw DeckError("no unfinished log for " + options.talk.deck + " in " + deck_logs_dir(talk.deck).string() +
                            ": nothing to resume (give the log: --resume LOG)");
    }
    std::vector<std::string> files;
    for (const auto& slide : talk.deck.slides) files.push_back(slide.file);
    if (log->summary.start.files != files)
        throw DeckError(log->path.string() + " is a log of another deck (or the deck changed since): "
                        "resume with the same deck");
    if (log->summary.start.mode != "play")
        throw DeckError(log->path.string() + " is a rehearsal: only play runs are resumed");
    try {
        return plan_resume(std::move(*log), timing_overrides(options.talk), std::chrono::system_clock::now());
    } catch (const ResumeError& error) {
        throw DeckError(error.what());
    }
}

int run(const PlayOptions& options, SessionMode mode) {
    TalkOptions talk_options = options.talk;
    if (options.presenter && talk_options.overlay.empty()) talk_options.overlay = "both";
    const PreparedTalk talk = prepare_talk(talk_options);
    std::optional<ResumePlan> resume;
    if (options.resume && options.resume->count() > 0) resume = resume_plan(options, talk);
    if (!resume)  // (a resumed talk keeps the plan it had)
        for (const auto& warning : talk_timing_warnings(talk, talk_options)) std::fprintf(stderr, "lightning: warning: %s\n", warning.c_str());
    const auto sdl = open_video(options.renderer);

    PlayerSetup setup;
    setup.screen = ScreenOptions{options.window, options.window_size, options.display,
                                 options.renderer, "lightning - " + talk.deck.title, false};
    if (options.presenter)
        setup.presenter = presenter_screen(options.window, options.display, options.renderer, talk.deck.title);
    setup.mode = mode;
    setup.exit_at_end = options.exit_at_end;
    setup.verbose = options.verbose;
    setup.process_start = options.process_start;
    setup.deck_path = options.talk.deck;
    setup.log_path = options.log;
    setup.log = !options.no_log;
    setup.resume = std::move(resume);
    return run_player(setup, talk);  // a signal ends the run cleanly: exit 0, log complete
}

}  // namespace

bool stop_signal_received() { return StopSignals::received() != 0; }

ScreenOptions presenter_screen(bool window, int display, const std::string& renderer, const std::string& title) {
    // On another display, full screen, when there is one; otherwise a window beside.
    int other = -1;
    for (int d = 0; d < SDL_GetNumVideoDisplays(); ++d)
        if (d != display) {
            other = d;
            break;
        }
    const bool own_display = other >= 0 && !window;
    return ScreenOptions{!own_display, "960x540", own_display ? other : display, renderer,
                         "lightning presenter - " + title, true};
}

std::unique_ptr<VideoSession> open_video(const std::string& renderer) {
    const std::string no_display =
        "no display to play on: run it on a desktop session, under Xvfb (xvfb-run -a "
        "lightning play ...), or see a frame with `lightning render DECK --at SECONDS -o frame.png`";
    if (renderer == "software")  // keep the window's own surface off OpenGL too
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    // StopSignals (export's too) records SIGINT/SIGTERM so a run ends cleanly with reason "signal"
    // (log end event and CSV written); SDL's handlers would make it look like a window close.
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    std::unique_ptr<VideoSession> video;
    try {
        video = std::make_unique<VideoSession>();
    } catch (const SdlError& error) {
        throw std::runtime_error(std::string(error.what()) + "\n" + no_display);
    }
    // SDL falls back to drivers that show nothing (offscreen, dummy) when there is no screen;
    // only use them when asked to (tests set SDL_VIDEODRIVER=dummy).
    const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    if ((driver == "offscreen" || driver == "dummy") && !SDL_getenv("SDL_VIDEODRIVER"))
        throw std::runtime_error(no_display);
    return video;
}

void add_play_command(CLI::App& app, PlayOptions& options) {
    auto* command = app.add_subcommand("play", "Play a deck full screen on the hard clock");
    add_talk_options(*command, options.talk);
    command->add_flag("--window", options.window, "Play in a window instead of full screen");
    command->add_flag("--exit-at-end", options.exit_at_end, "Quit when the talk ends");
    options.resume = command->add_option(
        "--resume", options.resume_log,
        "Continue a talk that crashed, on its schedule: the slide due now, the time really left "
        "(LOG defaults to the deck's newest unfinished log)")
        ->expected(0, 1);
    add_window_options(*command, options);
}

void add_rehearse_command(CLI::App& app, RehearseOptions& options) {
    auto* command = app.add_subcommand(
        "rehearse", "Rehearse in a window: paced (the clock advances, Space marks when a slide's "
                    "words are done) or --free (Space advances); every run is logged");
    add_talk_options(*command, options.play.talk);
    command->add_flag("--free", options.free, "Advance by hand; measure each slide against the plan");
    command->add_flag("--fullscreen", options.fullscreen, "Full screen instead of a window");
    command->add_flag("--exit-at-end", options.play.exit_at_end, "Quit when the run ends (no summary wait)");
    add_window_options(*command, options.play);
}

int run_play(const PlayOptions& options) { return run(options, SessionMode::Play); }

int run_rehearse(const RehearseOptions& options) {
    PlayOptions play = options.play;
    play.window = !options.fullscreen;
    return run(play, options.free ? SessionMode::Free : SessionMode::Paced);
}

}  // namespace lightning
