#include "shell/app/export_command.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "core/file/lower_case.hpp"
#include "core/log/log_paths.hpp"
#include "core/log/log_reader.hpp"
#include "core/log/logged_plan.hpp"
#include "core/log/report.hpp"
#include "core/time/time_text.hpp"
#include "shell/app/deck_runs.hpp"
#include "shell/app/talk_flags.hpp"
#include "shell/app/word_choice.hpp"
#include "shell/draw/contact_sheet.hpp"
#include "shell/export/ffmpeg_pipe.hpp"
#include "shell/export/partial_file.hpp"
#include "shell/export/progress_bar.hpp"
#include "shell/export/video_frames.hpp"
#include "shell/platform/stop_signals.hpp"

namespace lightning {
namespace fs = std::filesystem;

void add_export_command(CLI::App& app, ExportOptions& options) {
    auto* command =
        app.add_subcommand("export", "Write the talk as a video (or --sheet: a contact sheet PNG)");
    add_talk_options(*command, options.talk, false);
    command
        ->add_option(
            "-o,--output", options.output,
            "Video file (.mp4, .m4v, .mov, .mkv: H.264; .webm: VP9), or a PNG with --sheet")
        ->required();
    command->add_option("--fps", options.fps, "Frames a second (whole number)")
        ->capture_default_str();
    command
        ->add_option("--size", options.size, "Video size WIDTHxHEIGHT (even), or the sheet's size")
        ->capture_default_str();
    command->add_option(
        "--audio", options.audio,
        "Sound track to put under the video, cut or padded with silence to its length");
    command->add_option("--audio-from", options.audio_from,
                        "A rehearsal's log (.jsonl) recorded with rehearse --record: its recording "
                        "(the .wav beside it, on talk time) becomes the sound track, and the "
                        "video is paced on the rehearsal's schedule from the log");
    command
        ->add_option("--end-card", options.end_card,
                     "Also show the end card for this long after the talk (seconds or m:ss)")
        ->capture_default_str();
    command->add_option("--preset", options.preset, "x264 speed preset (faster: bigger files)")
        ->check(word_choice({"ultrafast", "superfast", "veryfast", "faster", "fast", "medium",
                             "slow", "slower", "veryslow"}))
        ->capture_default_str();
    command->add_flag("--sheet", options.sheet, "Write a contact sheet of every slide instead");
    command
        ->add_option("--runs", options.runs,
                     "With --sheet: tint each slide by its mean over/under in the last N finished "
                     "runs (a heat map)")
        ->check(CLI::PositiveNumber);
    command->add_flag("-q,--quiet", options.quiet, "No progress bar or summary");
}

namespace {

struct Codec {
    bool webm = false;
    bool faststart = false;  // MP4 family: the index goes first, so it plays while downloading
};

Codec codec_for(const std::string& output) {
    const std::string ext = lower_extension(output);
    if (ext == ".webm") return {true, false};
    if (ext == ".mp4" || ext == ".m4v" || ext == ".mov") return {false, true};
    if (ext == ".mkv") return {false, false};
    if (ext == ".png")
        throw std::invalid_argument("-o " + output +
                                    ": add --sheet for a contact sheet PNG, or "
                                    "name a video (.mp4, .webm)");
    throw std::invalid_argument("-o " + output +
                                ": export writes .mp4, .m4v, .mov, .mkv (H.264) "
                                "or .webm (VP9) videos; name the output with one of those");
}

// "300.000000" for the -t of an audio track.
std::string seconds_text(Micros t) {
    char text[40];
    const long long us = t.count();
    std::snprintf(text, sizeof text, "%lld.%06lld", us / 1'000'000, us % 1'000'000);
    return text;
}

// ffmpeg reads raw yuv420p frames (converted by us, see yuv_image.hpp) from its stdin at a
// constant rate; the output is tagged BT.709 limited range, as converted.
std::vector<std::string> ffmpeg_arguments(const ExportOptions& options, const Codec& codec,
                                          const VideoTiming& timing, int width, int height,
                                          const fs::path& output) {
    const std::string size = std::to_string(width) + "x" + std::to_string(height);
    std::vector<std::string> args{"-hide_banner", "-nostats", "-loglevel", "warning", "-y"};
    args.insert(args.end(), {"-f", "rawvideo", "-pix_fmt", "yuv420p", "-video_size", size,
                             "-framerate", std::to_string(timing.fps), "-i", "-"});
    const bool audio = !options.audio.empty();
    // "file:" so that no name is taken for an option ("-x.wav") or a protocol ("a:b.wav").
    if (audio) args.insert(args.end(), {"-i", "file:" + options.audio});
    args.insert(args.end(), {"-map", "0:v:0"});
    if (audio) args.insert(args.end(), {"-map", "1:a:0"});
    if (codec.webm)
        args.insert(args.end(), {"-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8",
                                 "-row-mt", "1", "-crf", "32", "-b:v", "0"});
    else
        args.insert(args.end(), {"-c:v", "libx264", "-preset", options.preset});
    args.insert(args.end(), {"-pix_fmt", "yuv420p", "-colorspace", "bt709", "-color_primaries",
                             "bt709", "-color_trc", "bt709", "-color_range", "tv"});
    if (audio) {
        // Padded with silence past its end, and everything cut at the video's exact length.
        args.insert(args.end(), {"-af", "apad", "-t", seconds_text(timing.length())});
        if (codec.webm)
            args.insert(args.end(), {"-c:a", "libopus", "-b:a", "128k"});
        else
            args.insert(args.end(), {"-c:a", "aac", "-b:a", "192k"});
    }
    if (codec.faststart) args.insert(args.end(), {"-movflags", "+faststart"});
    args.push_back("file:" + output.string());
    return args;
}

// LIGHTNING_FFMPEG_STALL_SECONDS (a test seam, and an escape for a very slow machine): how long
// ffmpeg may take nothing before it is taken for stuck. Default 30 s: a working ffmpeg takes a
// 1080p frame in milliseconds, even on a busy machine.
std::chrono::milliseconds ffmpeg_stall_limit() {
    const char* given = std::getenv("LIGHTNING_FFMPEG_STALL_SECONDS");
    if (!given || !*given) return std::chrono::seconds{30};
    char* end = nullptr;
    const double seconds = std::strtod(given, &end);
    if (*end != '\0' || !(seconds > 0) || seconds > 86400)
        throw std::invalid_argument(std::string("LIGHTNING_FFMPEG_STALL_SECONDS=") + given +
                                    ": give seconds, more than 0 (like 30)");
    return std::chrono::milliseconds{static_cast<long long>(seconds * 1000)};
}

std::string seconds_text(std::chrono::milliseconds ms) {
    char text[32];
    std::snprintf(text, sizeof text, "%g s", static_cast<double>(ms.count()) / 1000.0);
    return text;
}

// ffmpeg stopped taking frames (or finishing its file) for the stall limit: it is killed, the
// partial file removed (by its owner), and the export fails naming the file.
[[noreturn]] void stalled(ProgressBar& progress, FfmpegPipe& encoder, const std::string& output,
                          const std::string& what, long long frame, long long frames) {
    progress.clear();
    encoder.kill();
    const std::string tail = encoder.stderr_tail(8);
    throw std::runtime_error(
        "ffmpeg " + what + " for " + seconds_text(encoder.stall_limit()) + " (at frame " +
        std::to_string(frame) + " of " + std::to_string(frames) + "): it was stopped, and " +
        output +
        " was not written; check that ffmpeg works (ffmpeg -version) and the disk has room. "
        "ffmpeg said:\n" +
        (tail.empty() ? "(nothing)" : tail));
}

int stopped(ProgressBar& progress, FfmpegPipe& encoder, const std::string& output) {
    progress.clear();
    encoder.kill();
    const int signal = StopSignals::received();
    std::fprintf(stderr, "lightning: export stopped (%s); %s was not written\n",
                 signal == SIGTERM  ? "SIGTERM"
                 : signal == SIGHUP ? "SIGHUP"
                                    : "Ctrl+C",
                 output.c_str());
    return 128 + signal;
}

int export_video(const ExportOptions& options, const PreparedTalk& talk, int width, int height) {
    const Codec codec = codec_for(options.output);
    if (width % 2 || height % 2)
        throw std::invalid_argument("--size " + options.size +
                                    ": a video's width and height must be even (like 1920x1080)");
    const auto end_card = parse_duration(options.end_card);
    if (!end_card)
        throw std::invalid_argument("--end-card \"" + options.end_card +
                                    "\" is not a time: write "
                                    "seconds (5) or m:ss");
    const VideoTiming timing = video_timing(talk.schedule.total, options.fps, *end_card);
    if (!options.audio.empty()) {
        std::error_code error;
        if (!fs::is_regular_file(options.audio, error))
            throw std::runtime_error("--audio " + options.audio +
                                     " does not exist or is not a file");
    }
    const auto ffmpeg = find_on_path("ffmpeg");
    if (!ffmpeg) throw std::runtime_error(kNoFfmpeg);
    const std::chrono::milliseconds stall_limit = ffmpeg_stall_limit();

    // The output's place is checked (a folder, no such folder, not writable) before any frame
    // is drawn. Declared before the encoder: removed after it stops.
    PartialFile partial(options.output);
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");  // our handlers, not SDL's
    SdlLibrary sdl(0);
    VideoFrames frames(talk, timing, width, height);
    const StopSignals signals;
    FfmpegPipe encoder(
        *ffmpeg, ffmpeg_arguments(options, codec, timing, width, height, partial.path()),
        [] { return StopSignals::received() != 0; }, stall_limit);
    const SteadyClock clock;
    ProgressBar progress(clock, timing.frames(), timing.fps, options.quiet, stderr,
                         ::isatty(STDERR_FILENO) == 1);

    bool encoder_gone = false;
    for (long long i = 0; i < timing.frames() && !StopSignals::received(); ++i) {
        const YuvImage& picture = frames.frame(i);
        const auto written = encoder.write(picture.data(), picture.size());
        if (written == FfmpegPipe::Written::Stalled)
            stalled(progress, encoder, options.output, "took no frame", i, timing.frames());
        if (written == FfmpegPipe::Written::Closed) {
            encoder_gone = true;
            break;
        }
        progress.update(i + 1);
    }
    if (StopSignals::received()) return stopped(progress, encoder, options.output);
    // While ffmpeg finishes the file, the partial file growing is its sign of life.
    const std::optional<int> status = encoder.finish([&partial] {
        std::error_code ignored;
        return static_cast<long long>(fs::file_size(partial.path(), ignored));
    });
    if (encoder.stalled())
        stalled(progress, encoder, options.output, "did not finish the file", timing.frames(),
                timing.frames());
    if (StopSignals::received() || !status) return stopped(progress, encoder, options.output);
    if (*status != 0 || encoder_gone) {
        progress.clear();
        const std::string tail = encoder.stderr_tail(8);
        throw std::runtime_error("ffmpeg failed (exit " + std::to_string(*status) + ") writing " +
                                 options.output + "; nothing was written. ffmpeg said:\n" +
                                 (tail.empty() ? "(nothing)" : tail));
    }
    std::error_code error;
    if (fs::is_regular_file(partial.path(), error) &&
        (fs::file_size(partial.path(), error) == 0 || error))
        throw std::runtime_error("ffmpeg wrote nothing to " + partial.path().string());
    partial.commit();
    progress.finish(options.output + " (drawn: " + std::to_string(frames.repaints()) +
                    " in full, " + std::to_string(frames.overlay_repaints()) + " overlay only; " +
                    std::to_string(frames.decodes()) + " slides decoded)");
    return 0;
}

// --audio-from LOG: the recording beside the log, refused with what to do when there is none.
std::string recording_of(const std::string& log) {
    std::error_code error;
    if (!fs::is_regular_file(log, error))
        throw std::runtime_error("--audio-from " + log +
                                 " does not exist or is not a file: give a rehearsal's log "
                                 "(lightning report DECK lists them)");
    const auto wav = recording_path_for(log);
    if (!fs::is_regular_file(wav, error))
        throw std::runtime_error(
            "--audio-from " + log + ": no recording beside it (" + wav.string() +
            "); rehearse with --record to make one, or give a sound file with --audio");
    return wav.string();
}

}  // namespace

int run_export(const ExportOptions& given) {
    ExportOptions options = given;
    if (!options.audio_from.empty()) {
        if (!options.audio.empty())
            throw std::invalid_argument(
                "--audio and --audio-from both give a sound track: keep one");
        options.audio = recording_of(options.audio_from);
    }
    PreparedTalk talk = prepare_talk(options.talk);
    // The voice was recorded against the rehearsal's schedule: the video is paced on that one.
    if (!options.audio_from.empty())
        talk.schedule = recorded_schedule(read_run_log(options.audio_from), talk.deck, talk.flags);
    const auto [width, height] = parse_size(options.size, "--size");
    if (options.runs > 0 && !options.sheet)
        throw std::invalid_argument("--runs colours the contact sheet: add --sheet");
    if (!options.sheet) return export_video(options, talk, width, height);
    if (lower_extension(options.output) != ".png")
        throw std::invalid_argument("-o " + options.output +
                                    ": --sheet writes a PNG; name it .png");
    { const PartialFile place(options.output); }  // a folder or unwritable: said before drawing
    const std::vector<SlideHeat> heat =
        options.runs > 0
            ? sheet_heat(build_report(deck_runs(talk.deck, options.talk.deck, {})), options.runs)
            : std::vector<SlideHeat>{};
    SdlLibrary sdl(0);
    write_contact_sheet(talk, width, height, options.output, {},
                        heat);  // whole, or nothing and a throw
    if (!options.quiet) std::fprintf(stderr, "wrote %s\n", options.output.c_str());
    return 0;
}

}  // namespace lightning
