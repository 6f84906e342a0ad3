#pragma once
// `lightning play`: the talk on the projector, slides advancing on the hard clock.
// `lightning rehearse`: the same deck in a window, paced (the clock advances, the speaker marks
// when each slide's words are done) or free (the speaker advances), measured against the plan.
#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>

#include "core/config/talk_options.hpp"
#include "core/log/log_reader.hpp"
#include "core/log/resume_plan.hpp"
#include "core/show/stage.hpp"
#include "core/time/clock.hpp"
#include "shell/platform/sdl_handles.hpp"
#include "shell/platform/stop_signals.hpp"
#include "shell/remote/remote_link.hpp"
#include "shell/window/deck_window.hpp"

namespace lightning {

struct PlayOptions {
    TalkOptions talk;
    bool window = false;  // a window instead of full screen
    // Not given (empty / nullopt): from config.toml or the default (see `lightning config`).
    std::string window_size;
    std::optional<int> display;
    bool exit_at_end = false;  // quit once the end card (rehearse: the summary) is on screen
    bool wait = false;         // --wait: the clock starts on Space / PageDown / a click
    bool verbose = false;      // print every flip and a summary
    std::string renderer;      // software, accelerated, auto
    std::string log;           // --log FILE; empty: the default place
    bool no_log = false;
    bool sound = false;      // --sound: cues on (else config.toml's sound; see talk.settings)
    bool presenter = false;  // a presenter view in a second window (another display if any)
    std::string resume_log;  // --resume [LOG]: the log to continue (empty: the newest unfinished)
    CLI::Option* resume = nullptr;  // set when the command is added; count() > 0 when given
    Micros process_start{0};        // steady-clock time main() began, for the start-up figure
    PhoneOptions phone;             // --phone, --phone-port, --phone-bind
    OscOptions osc;                 // --osc-send, --osc-listen, --osc-bind
};

struct RehearseOptions {
    PlayOptions play;  // window is on by default here; --fullscreen turns it off
    bool fullscreen = false;
    bool free = false;  // --free: the speaker advances by hand
    // --record: the microphone to LOG.wav on talk time (shell/platform/mic_recorder.hpp), as
    // the Stage says (core/show/recording.hpp).
    bool record = false;
};

void add_play_command(CLI::App& app, PlayOptions& options);
void add_rehearse_command(CLI::App& app, RehearseOptions& options);
int run_play(const PlayOptions& options);
int run_rehearse(const RehearseOptions& options);

}  // namespace lightning
