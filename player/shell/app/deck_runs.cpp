#include "shell/app/deck_runs.hpp"

#include <cstdio>

#include "core/config/config_file.hpp"
#include "core/config/resolve_settings.hpp"
#include "core/log/log_paths.hpp"
#include "core/log/printable.hpp"

namespace lightning {
namespace fs = std::filesystem;

namespace {

// The logs given, or the deck's own (where play and rehearse put them), oldest first.
std::vector<fs::path> log_paths(const Deck& deck, const std::string& deck_arg,
                                const std::vector<std::string>& given) {
    if (!given.empty()) return {given.begin(), given.end()};
    const fs::path dir =
        deck_logs_dir(deck, resolve_settings(config_file_path(), &deck, {}).settings.log_dir.value);
    std::vector<fs::path> logs = list_logs(dir);
    if (logs.empty())
        throw DeckError("no timing logs for " + deck_arg + " in " + dir.string() +
                        ": rehearse it first (lightning rehearse " + deck_arg +
                        "; every run writes one)");
    return logs;
}

// The logs at `paths` that are runs of the deck's slides as they are now. `tell_other_lists`:
// a line on stderr for each run of another slide list too.
std::vector<ReadLog> read_runs(const Deck& deck, const std::vector<fs::path>& paths,
                               bool tell_other_lists) {
    std::vector<std::string> files;
    for (const auto& slide : deck.slides) files.push_back(slide.file);
    std::vector<ReadLog> logs;
    for (const auto& path : paths) {
        try {
            ReadLog log = read_run_log(path);
            if (log.summary.start.files != files) {
                if (tell_other_lists)
                    std::fprintf(stderr,
                                 "lightning: %s is a run of another slide list (another deck, or "
                                 "this one before its slides changed); left out\n",
                                 printable(path.string()).c_str());
                continue;
            }
            logs.push_back(std::move(log));
        } catch (const LogError& error) {
            std::fprintf(stderr, "lightning: %s; left out\n",
                         printable_message(error.what()).c_str());
        }
    }
    return logs;
}

}  // namespace

std::vector<ReadLog> deck_runs(const Deck& deck, const std::string& deck_arg,
                               const std::vector<std::string>& given_logs) {
    std::vector<ReadLog> logs = read_runs(deck, log_paths(deck, deck_arg, given_logs), true);
    if (logs.empty())
        throw DeckError("no run of " + deck_arg +
                        " with its current slides: rehearse it (lightning rehearse " + deck_arg +
                        ")");
    return logs;
}

std::vector<ReadLog> earlier_deck_runs(const Deck& deck, const std::string& log_dir) {
    try {
        return read_runs(deck, list_logs(deck_logs_dir(deck, log_dir)), false);
    } catch (const std::exception& error) {  // out of memory reading a huge log, say
        std::fprintf(stderr, "lightning: the earlier runs were not read (%s): no previous best\n",
                     printable_message(error.what()).c_str());
        return {};
    }
}

}  // namespace lightning
