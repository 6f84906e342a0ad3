#include "shell/app/event_command.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "core/config/config_file.hpp"
#include "core/config/resolve_settings.hpp"
#include "core/event/event_log.hpp"
#include "core/event/event_show.hpp"
#include "core/event/lineup.hpp"
#include "core/event/talk_text.hpp"
#include "core/log/choose_resume.hpp"
#include "core/log/log_paths.hpp"
#include "core/log/printable.hpp"
#include "core/show/resume_from.hpp"
#include "core/time/time_text.hpp"
#include "shell/app/word_choice.hpp"
#include "shell/decode/slide_decoders.hpp"
#include "shell/platform/sound_cues.hpp"
#include "shell/window/live_video.hpp"
#include "shell/window/show_loop.hpp"

namespace lightning {

void add_event_command(CLI::App& app, EventOptions& options) {
    auto* command = app.add_subcommand(
        "event",
        "Run a session of talks on one projector: a title card before each, the talk on "
        "the hard clock, its end card, the next title card");
    command
        ->add_option("lineup", options.lineup,
                     "A lineup file (.toml), or decks in order (each a deck folder or a PDF file)")
        ->required();
    command->add_flag("--window", options.window, "Windows instead of full screen");
    add_osc_options(*command, options.osc);
    add_phone_options(*command, options.phone);
    command->add_option("--window-size", options.window_size,
                        "Window size WIDTHxHEIGHT (default: 1280x720, or config.toml)");
    command->add_option("--display", options.display,
                        "Display for the audience (see `lightning displays`; default: 0, or "
                        "config.toml)");
    command->add_flag("--presenter", options.presenter, "A presenter view in a second window");
    command->add_flag("--sound", options.sound,
                      "Sound cues in each talk: a tick at each slide, tones at the thresholds, a "
                      "gong at 0:00 (default: off, or sound = true in config.toml)");
    command->add_option("--end-card-seconds", options.end_card_seconds,
                        "How long a talk's end card stays before the next title card (default: 3, "
                        "or config.toml's end-card-seconds)");
    command->add_flag("--resume", options.resume,
                      "Continue a session that crashed: the talk that was running goes on, on its "
                      "schedule, then the rest of the lineup");
    command
        ->add_option("--renderer", options.renderer,
                     "software, accelerated or auto (default: software, or config.toml)")
        ->check(word_choice({"auto", "software", "accelerated"}));
    // The rest of what a talk in an event takes is set per talk, not by flags: say where.
    command->footer(
        "Each talk's timing comes from its lineup entry (format, total, slide_seconds) or else its "
        "deck.toml; its look (overlay, colours, thresholds) from its deck.toml and config.toml. "
        "The lineup file's keys: docs/event.md");
}

std::vector<CheckedTalk> check_lineup_aloud(const Lineup& lineup) {
    for (const auto& warning : lineup.warnings)
        std::fprintf(stderr, "lightning: warning: %s\n", printable(warning).c_str());
    std::vector<CheckedTalk> talks = check_lineup(lineup);
    for (size_t i = 0; i < talks.size(); ++i)
        std::fprintf(
            stderr, "talk %zu: %s: %s\n", i + 1, printable(talks[i].talk.deck).c_str(),
            printable(talks[i].problem.empty() ? talk_format(talks[i]) : talks[i].problem).c_str());
    return talks;
}

int run_event(const EventOptions& options) {
    const Lineup lineup = lineup_from_arguments(options.lineup);
    // Every deck is checked before the first talk: a broken one is reported now and on its card.
    std::vector<CheckedTalk> talks = check_lineup_aloud(lineup);
    // config.toml's window, renderer, font, sound, log-dir and end-card-seconds apply to the
    // whole session, as play takes them; a flag wins.
    std::vector<FlagSetting> flags;
    if (!options.window_size.empty()) flags.push_back({"window-size", options.window_size});
    if (options.display) flags.push_back({"display", static_cast<double>(*options.display)});
    if (!options.renderer.empty()) flags.push_back({"renderer", options.renderer});
    if (options.sound) flags.push_back({"sound", true});
    for (auto& flag : osc_flags(options.osc)) flags.push_back(std::move(flag));
    for (auto& flag : phone_flags(options.phone)) flags.push_back(std::move(flag));
    const Settings session = resolve_settings(config_file_path(), nullptr, flags).settings;
    const std::string& log_dir = session.log_dir.value;
    std::optional<CrashedEvent> crashed;
    if (options.resume) crashed = find_crashed_event(lineup.name, event_logs_dir(log_dir));
    std::optional<DeckWindowOptions> presenter_options;
    const auto sdl = open_video(session.renderer.value);
    if (options.presenter) {
        presenter_options = presenter_screen(options.window, session.display.value,
                                             session.renderer.value, lineup.name);
        presenter_options->font = session.font.value;
    }

    const SteadyClock clock;
    const SystemWallClock wall;
    EventLog log(crashed ? crashed->log : new_event_log_path(wall.now(), log_dir), wall);
    // Each talk's log: the default place of its deck, named by its start.
    std::vector<Deck> decks;
    for (const auto& talk : talks) decks.push_back(talk.deck.value_or(Deck{}));
    EventSetup setup;
    setup.presenter = options.presenter;
    setup.sound = session.sound.value;
    setup.end_card = Micros{static_cast<long long>(
        options.end_card_seconds.value_or(session.end_card_seconds.value) * 1e6)};
    setup.version = LIGHTNING_VERSION;
    setup.config = config_file_path();
    setup.recheck = [&lineup](size_t talk) { return check_talk(lineup, lineup.talks[talk]); };
    setup.talk_log = [&decks, &log_dir](size_t talk) -> LogOpener {
        const Deck& deck = decks[talk];
        return [&deck, &log_dir](WallTime start, LogProblem problem) {
            return std::make_unique<TalkLog>(LogFile(default_log_path(deck, "play", start, log_dir),
                                                     fallback_log_dirs(deck), LogFile::Open::New),
                                             start, std::move(problem));
        };
    };
    std::vector<std::optional<ResumePlan>> crashed_talks(talks.size());
    if (crashed && crashed->at_card) setup.resume_card = crashed->talk;
    if (crashed && !crashed->at_card) {
        setup.resume_talk = crashed->talk;
        // The talk's own log says where its clock is, chosen as play --resume chooses it (never
        // a rehearsal, never a log of other slides). An event goes on rather than stops: a talk
        // that cannot be resumed starts again.
        setup.resume_from = [&](size_t talk) -> std::optional<ResumeFrom> {
            ResumeRequest request;
            request.deck = lineup.talks[talk].deck;
            for (const auto& slide : decks[talk].slides) request.files.push_back(slide.file);
            request.folder = deck_logs_dir(decks[talk], log_dir);
            request.logs = list_logs(request.folder);
            request.when_none = "the talk starts again";
            request.not_before = crashed->talk_started;
            try {
                crashed_talks[talk] = choose_resume(request, wall.now());
            } catch (const ResumeError& error) {
                std::fprintf(stderr, "lightning: %s\n", printable_message(error.what()).c_str());
                return std::nullopt;
            }
            return resume_from(*crashed_talks[talk], decks[talk]);
        };
    }
    EventShow show(lineup, std::move(talks), clock, wall, log, std::move(setup));

    const Uint32 loaded_event = SDL_RegisterEvents(1);
    PreparedSlides prepared(prepared_slides_folder());
    DeckWindowOptions audience_options{options.window,
                                       session.window_size.value,
                                       session.display.value,
                                       session.renderer.value,
                                       "lightning - " + lineup.name,
                                       false,
                                       session.font.value,
                                       std::nullopt};
    if (presenter_options) place_side_by_side(audience_options, *presenter_options);
    DeckWindow screen(audience_options, show.deck(), make_decoder(show.deck(), &prepared),
                      loop_waker(loaded_event));
    std::optional<DeckWindow> presenter;
    if (presenter_options)
        presenter.emplace(*presenter_options, show.deck(), make_decoder(show.deck(), &prepared),
                          loop_waker(loaded_event));
    RemoteLink remote(osc_plan(session), phone_plan(session), show, clock);
    ShowLoopOptions loop;
    loop.prepared = &prepared;
    loop.remote = &remote;
    std::optional<SoundCues> sound;  // no sound device: one line on stderr, never an error
    if (session.sound.value) {
        sound.emplace();
        loop.play_cue = [&sound](Cue cue) { sound->play(cue); };
    }
    run_show(show, screen, presenter ? &*presenter : nullptr, loaded_event, clock, loop);
    return 0;
}

}  // namespace lightning
