#pragma once
// Where timing logs live: $XDG_STATE_HOME/lightning/logs/<deck name>/<UTC time, ms>-<mode>.jsonl
// (XDG_STATE_HOME defaults to ~/.local/state), with fallbacks when that cannot be written.
#include <filesystem>
#include <string>
#include <vector>

#include "core/deck/deck.hpp"
#include "core/log/run_log.hpp"

namespace lightning {

// The logs folder for all decks: config.toml's `log-dir` when set (a leading ~/ is the home
// folder), else $XDG_STATE_HOME/lightning/logs.
std::filesystem::path logs_root(const std::string& log_dir = {});
// The deck's name in the logs folder: its folder name (or the PDF's name without .pdf), with
// characters that are awkward in a path replaced.
std::string deck_log_name(const Deck& deck);
std::filesystem::path deck_logs_dir(const Deck& deck, const std::string& log_dir = {});
// The logs (.jsonl) in `folder`, oldest first (their names start with the UTC start time); none
// when the folder cannot be read. The same listing for a deck's logs and for event logs.
std::vector<std::filesystem::path> list_logs(const std::filesystem::path& folder);
// <logs_root>/<deck name>/<UTC time>-<mode>.jsonl
std::filesystem::path default_log_path(const Deck& deck, const std::string& mode, WallTime start,
                                       const std::string& log_dir = {});
// Places to keep a log when its own place cannot be written: $TMPDIR/lightning-logs/<deck name>,
// then the current folder.
std::vector<std::filesystem::path> fallback_log_dirs(const Deck& deck);
// The CSV that goes beside a log: the same name with .csv.
std::filesystem::path csv_path_for(const std::filesystem::path& log);
// The microphone recording beside a log (rehearse --record): the same name with .wav.
std::filesystem::path recording_path_for(const std::filesystem::path& log);

}  // namespace lightning
