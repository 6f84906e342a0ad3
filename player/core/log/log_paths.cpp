#include "core/log/log_paths.hpp"

#include <algorithm>
#include <cstdlib>

namespace lightning {
namespace fs = std::filesystem;

namespace {
std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}
}  // namespace

fs::path logs_root(const std::string& log_dir) {
    if (!log_dir.empty()) {
        const auto home = environment("HOME");
        if (log_dir == "~" || log_dir.rfind("~/", 0) == 0)
            return fs::path(home.empty() ? "." : home) /
                   log_dir.substr(std::min<size_t>(2, log_dir.size()));
        return fs::path(log_dir);
    }
    if (const auto state = environment("XDG_STATE_HOME"); !state.empty())
        return fs::path(state) / "lightning" / "logs";
    const auto home = environment("HOME");
    return fs::path(home.empty() ? "." : home) / ".local" / "state" / "lightning" / "logs";
}

std::vector<fs::path> list_logs(const fs::path& folder) {
    std::vector<fs::path> logs;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
        if (it->path().extension() == ".jsonl") logs.push_back(it->path());
    std::sort(logs.begin(), logs.end());
    return logs;
}

std::string deck_log_name(const Deck& deck) {
    fs::path source = deck.pdf.empty() ? fs::absolute(deck.folder).lexically_normal() : deck.pdf;
    if (!source.has_filename()) source = source.parent_path();
    std::string name = deck.pdf.empty() ? source.filename().string() : source.stem().string();
    for (char& c : name)
        if (c == '/' || c == '\\' || c == ':' || static_cast<unsigned char>(c) < 0x20) c = '_';
    return name.empty() || name == "." || name == ".." ? std::string("deck") : name;
}

fs::path deck_logs_dir(const Deck& deck, const std::string& log_dir) {
    return logs_root(log_dir) / deck_log_name(deck);
}

fs::path default_log_path(const Deck& deck, const std::string& mode, WallTime start,
                          const std::string& log_dir) {
    return deck_logs_dir(deck, log_dir) / (compact_utc(start) + "-" + mode + ".jsonl");
}

std::vector<fs::path> fallback_log_dirs(const Deck& deck) {
    const auto tmp = environment("TMPDIR");
    std::vector<fs::path> dirs{fs::path(tmp.empty() ? "/tmp" : tmp) / "lightning-logs" /
                               deck_log_name(deck)};
    std::error_code error;
    if (auto here = fs::current_path(error); !error) dirs.push_back(here);
    return dirs;
}

fs::path csv_path_for(const fs::path& log) {
    fs::path csv = log;
    return csv.replace_extension(".csv");
}

fs::path recording_path_for(const fs::path& log) {
    fs::path wav = log;
    return wav.replace_extension(".wav");
}

}  // namespace lightning
