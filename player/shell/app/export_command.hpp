#pragma once
// `lightning export`: the talk as a video file (every frame drawn by the shared Painter and
// encoded by ffmpeg), or with --sheet, a contact sheet PNG of every slide.
#include <CLI/CLI.hpp>
#include <string>

#include "core/config/talk_options.hpp"

namespace lightning {

struct ExportOptions {
    TalkOptions talk;
    std::string output;  // .mp4/.m4v/.mov/.mkv (H.264), .webm (VP9), .png (--sheet)
    int fps = 30;
    std::string size = "1920x1080";    // the video's size, or the whole sheet's
    std::string audio;                 // optional sound track, fitted to the video's length
    std::string audio_from;            // a rehearsal log: its recording (LOG.wav) is the track
    std::string end_card = "0";        // seconds of end card after the talk (0: none)
    std::string preset = "ultrafast";  // x264 preset (see docs/export.md: speed vs file size)
    bool sheet = false;
    int runs = 0;  // --runs N with --sheet: the heat map of the last N finished runs
    bool quiet = false;
};

void add_export_command(CLI::App& app, ExportOptions& options);
int run_export(const ExportOptions& options);

// The message when ffmpeg is not on PATH.
inline constexpr const char* kNoFfmpeg =
    "ffmpeg is not installed: install it with apt-get install ffmpeg (export needs it to encode "
    "the video)";

}  // namespace lightning
