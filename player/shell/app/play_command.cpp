#include "shell/app/play_command.hpp"

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <optional>

#include "core/log/choose_resume.hpp"
#include "core/log/log_paths.hpp"
#include "core/log/log_reader.hpp"
#include "core/log/printable.hpp"
#include "core/log/resume_plan.hpp"
#include "core/show/stage.hpp"
#include "shell/app/deck_runs.hpp"
#include "shell/app/talk_flags.hpp"
#include "shell/app/word_choice.hpp"
#include "shell/decode/slide_decoders.hpp"
#include "shell/draw/font_check.hpp"
#include "shell/platform/mic_recorder.hpp"
#include "shell/platform/sdl_handles.hpp"
#include "shell/platform/sound_cues.hpp"
#include "shell/window/flip_report.hpp"
#include "shell/window/live_video.hpp"
#include "shell/window/show_loop.hpp"

namespace lightning {

namespace {

void add_window_options(CLI::App& command, PlayOptions& options) {
    command.add_option("--window-size", options.window_size,
                       "Window size WIDTHxHEIGHT (default: 1280x720, or config.toml)");
    command.add_option(
        "--display", options.display,
        "Display index for full screen (see `lightning displays`; default: 0, or config.toml)");
    command.add_flag("-v,--verbose", options.verbose, "Print every flip and a timing summary");
    command
        .add_option("--renderer", options.renderer,
                    "software (default: steady, cheap for still slides), accelerated, or auto "
                    "(or config.toml)")
        ->check(word_choice({"auto", "software", "accelerated"}));
    command.add_option("--log", options.log,
                       "Write the timing log here (default: the logs folder, see docs/logs.md)");
    command.add_flag("--no-log", options.no_log, "Write no timing log");
    command.add_flag(
        "--sound", options.sound,
        "Sound cues: a soft tick on each slide change (rehearse), tones at the warn and danger "
        "thresholds, a gong at 0:00 (default: off, or sound = true in config.toml)");
    command.add_flag("--presenter", options.presenter,
                     "A presenter view (current and next slide, notes, timers) in a second window: "
                     "full screen on another display when there is one");
}

// The window flags given, as settings: those not given fall back to config.toml.
std::vector<FlagSetting> window_flags(const PlayOptions& options) {
    std::vector<FlagSetting> flags;
    if (!options.window_size.empty()) flags.push_back({"window-size", options.window_size});
    if (options.display) flags.push_back({"display", static_cast<double>(*options.display)});
    if (!options.renderer.empty()) flags.push_back({"renderer", options.renderer});
    if (options.sound) flags.push_back({"sound", true});
    for (auto& flag : osc_flags(options.osc)) flags.push_back(std::move(flag));
    for (auto& flag : phone_flags(options.phone)) flags.push_back(std::move(flag));
    return flags;
}

// The log --resume continues (the one given, or the deck's newest interrupted play run) and where
// its talk stands now, on its own schedule: chosen as event --resume chooses (choose_resume).
ResumePlan resume_plan(const PlayOptions& options, const PreparedTalk& talk,
                       const WallClock& wall) {
    ResumeRequest request;
    request.deck = options.talk.deck;
    for (const auto& slide : talk.deck.slides) request.files.push_back(slide.file);
    request.folder = deck_logs_dir(talk.deck, talk.settings.settings.log_dir.value);
    if (options.resume_log.empty())
        request.logs = list_logs(request.folder);
    else
        request.given = options.resume_log;
    request.flags = talk.flags;
    request.when_none = "give the log: --resume LOG";
    try {
        return choose_resume(request, wall.now());
    } catch (const ResumeError& error) {
        throw DeckError(error.what());
    }
}

// Slides come and go as buffers of a few megabytes (8 MB at 1080p), a second apart. glibc hands
// freed memory above its trim threshold back to the kernel, so the next slide paid again for
// fresh zeroed pages (about a fifth of play's CPU on a 1080p JPEG deck): keep it in the heap.
// Peak memory stays that of the slides held at once. Not with the GPU renderer, whose driver's
// own large allocations would then stay too.
void keep_freed_slide_buffers() {
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);  // glibc's largest
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
}

// Where the run's log goes: --log, or the default place (or config.toml's log-dir) named by the
// start's wall time.
// `log_dir`: config.toml's log-dir (empty: the default place).
LogOpener log_opener(const PlayOptions& options, const Deck& deck, RunMode mode,
                     const std::string& log_dir) {
    if (options.no_log) return {};
    return [&options, &deck, mode, log_dir](WallTime start, LogProblem problem) {
        const std::filesystem::path path =
            options.log.empty()
                ? default_log_path(deck, std::string(mode_name(mode)), start, log_dir)
                : std::filesystem::path(options.log);
        return std::make_unique<TalkLog>(LogFile(path, fallback_log_dirs(deck), LogFile::Open::New),
                                         start, std::move(problem));
    };
}

// `record`: rehearse --record (the microphone beside each run's log, on talk time).
int run(const PlayOptions& options, RunMode mode, bool record) {
    PreparedTalk talk = prepare_talk(options.talk, window_flags(options));
    const Settings& settings = talk.settings.settings;
    if (options.presenter) talk.overlay = overlay_beside_presenter(talk);
    const SystemWallClock wall;
    std::optional<ResumePlan> resume;
    if (options.resume && options.resume->count() > 0) {
        resume = resume_plan(options, talk, wall);
        talk.schedule = resume->schedule;  // a resumed talk keeps the plan it had
    } else {
        for (const auto& warning : talk_timing_warnings(talk))
            std::fprintf(stderr, "lightning: warning: %s\n", printable(warning).c_str());
    }
    // Slides a deck.toml leaves out are easy to miss (a note added to slide 1 makes a one-slide
    // talk): said before every start, resumed or not.
    if (const std::string left_out = left_out_warning(talk.deck); !left_out.empty())
        std::fprintf(stderr, "lightning: warning: %s\n", printable(left_out).c_str());
    // The talk runs in the bundled font; the speaker hears why before it starts.
    if (const std::string problem = font_problem(settings.font.value); !problem.empty())
        std::fprintf(stderr, "lightning: warning: %s%s\n",
                     settings.font.where.empty() ? "" : (settings.font.where + ": ").c_str(),
                     printable(problem).c_str());
    // The presenter view of a rehearsal shows each slide's previous best: the earlier runs are
    // read now, so a log that cannot be read is named before the window opens.
    std::vector<ReadLog> earlier_runs;
    if (options.presenter && run_policy(mode).shows_previous_best)
        earlier_runs = earlier_deck_runs(talk.deck, settings.log_dir.value);
    if (settings.renderer.value == "software") keep_freed_slide_buffers();
    const auto sdl = open_video(settings.renderer.value);
    DeckWindowOptions audience_options{options.window,
                                       settings.window_size.value,
                                       settings.display.value,
                                       settings.renderer.value,
                                       "lightning - " + talk.deck.title,
                                       false,
                                       settings.font.value,
                                       std::nullopt};
    std::optional<DeckWindowOptions> presenter_options;
    if (options.presenter) {
        presenter_options = presenter_screen(options.window, settings.display.value,
                                             settings.renderer.value, talk.deck.title);
        presenter_options->font = settings.font.value;
        place_side_by_side(audience_options, *presenter_options);
    }

    // No microphone is no error: one line, and the rehearsal runs without a recording.
    std::optional<MicRecorder> mic;
    if (record) {
        mic.emplace();
        if (!mic->open()) {
            std::fprintf(stderr, "lightning: %s\n", mic->problem().c_str());
            mic.reset();
        }
    }

    const SteadyClock clock;
    StageSetup setup;
    setup.mode = mode;
    setup.wait = options.wait;
    setup.exit_at_end = options.exit_at_end;
    setup.presenter = options.presenter;
    setup.sound = settings.sound.value;
    setup.deck_path = options.talk.deck;
    setup.version = LIGHTNING_VERSION;
    setup.open_log = log_opener(options, talk.deck, mode, settings.log_dir.value);
    if (resume) setup.resume = resume_from(*resume, talk.deck);
    if (mic) setup.record = [&mic](const RecordStep& step) { mic->follow(step); };
    setup.earlier_runs = std::move(earlier_runs);
    Stage stage(talk, clock, wall, std::move(setup));

    const Uint32 loaded_event = SDL_RegisterEvents(1);
    // The loader's threads use it until the screens go: it is made before them.
    PreparedSlides prepared(prepared_slides_folder());
    DeckWindow screen(audience_options, talk.deck, make_decoder(talk.deck, &prepared),
                      loop_waker(loaded_event));
    std::optional<DeckWindow> presenter;
    if (presenter_options)
        presenter.emplace(*presenter_options, talk.deck, make_decoder(talk.deck, &prepared),
                          loop_waker(loaded_event));
    RemoteLink remote(osc_plan(settings), phone_plan(settings), stage, clock);
    ShowLoopOptions loop;
    loop.prepared = &prepared;
    loop.process_start = options.process_start;
    loop.remote = &remote;
    std::optional<SoundCues> sound;  // no sound device: one line on stderr, never an error
    if (settings.sound.value) {
        sound.emplace();
        loop.play_cue = [&sound](Cue cue) { sound->play(cue); };
    }
    size_t flips_printed = 0;  // flips() only grows, restarts included: new ones are printed
    if (options.verbose)
        loop.after_present = [&] {
            const auto& flips = stage.run().flips();
            for (; flips_printed < flips.size(); ++flips_printed)
                if (flips[flips_printed].kind == Flip::Kind::Shown)
                    print_flip(flips[flips_printed], talk);
        };
    const Micros startup =
        run_show(stage, screen, presenter ? &*presenter : nullptr, loaded_event, clock, loop);
    if (options.verbose) print_summary(stage.run().flips(), startup, stage.end_reason());
    return stage.log_lost() ? 1 : 0;  // a signal ends the run cleanly: exit 0, log complete
}

}  // namespace

void add_play_command(CLI::App& app, PlayOptions& options) {
    auto* command = app.add_subcommand("play", "Play a deck full screen on the hard clock");
    add_talk_options(*command, options.talk);
    add_osc_options(*command, options.osc);
    add_phone_options(*command, options.phone);
    command->add_flag("--window", options.window, "Play in a window instead of full screen");
    command->add_flag("--exit-at-end", options.exit_at_end, "Quit when the talk ends");
    command->add_flag("--wait", options.wait,
                      "Show the first slide and start the clock on Space, PageDown or a click");
    options.resume = command
                         ->add_option("--resume", options.resume_log,
                                      "Continue a talk that crashed, on its schedule: the slide "
                                      "due now, the time really left "
                                      "(LOG defaults to the deck's newest unfinished log)")
                         ->expected(0, 1);
    add_window_options(*command, options);
}

void add_rehearse_command(CLI::App& app, RehearseOptions& options) {
    auto* command = app.add_subcommand(
        "rehearse",
        "Rehearse in a window: paced (the clock advances, Space marks when a slide's "
        "words are done) or --free (Space advances); every run is logged");
    add_talk_options(*command, options.play.talk);
    add_osc_options(*command, options.play.osc);
    add_phone_options(*command, options.play.phone);
    command->add_flag("--free", options.free,
                      "Advance by hand; measure each slide against the plan");
    command->add_flag("--fullscreen", options.fullscreen, "Full screen instead of a window");
    command->add_flag("--exit-at-end", options.play.exit_at_end,
                      "Quit when the run ends (no summary wait)");
    command->add_flag(
        "--wait", options.play.wait,
        "Show the first slide and start the clock on the first Space, PageDown or click");
    command->add_flag("--record", options.record,
                      "Record the microphone beside the log (LOG.wav), on talk time: pauses are "
                      "cut out; `export DECK --audio-from LOG` puts it under the video");
    add_window_options(*command, options.play);
}

int run_play(const PlayOptions& options) {
    return run(options, RunMode::Play, false);
}

int run_rehearse(const RehearseOptions& options) {
    PlayOptions play = options.play;
    play.window = !options.fullscreen;
    if (options.record && play.no_log)
        throw std::invalid_argument(
            "--record puts the recording beside the timing log: drop --no-log (--log FILE "
            "chooses where both go)");
    return run(play, options.free ? RunMode::Free : RunMode::Paced, options.record);
}

}  // namespace lightning
