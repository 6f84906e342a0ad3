#include "core/log/log_reader.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

namespace lightning {

ReadLog read_run_log_text(std::string_view text, const std::filesystem::path& name) {
    ReadLog log;
    log.path = name;
    size_t begin = 0;
    bool cut_mid_line = false;
    while (begin < text.size()) {
        size_t end = text.find('\n', begin);
        const bool complete = end != std::string_view::npos;
        if (!complete) end = text.size();
        const std::string_view line = text.substr(begin, end - begin);
        begin = end + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        Json event = Json::parse(line, nullptr, /*allow_exceptions=*/false);
        if (event.is_discarded() || !event.is_object() || !event.contains("event") ||
            !event["event"].is_string()) {
            // The last line of a crashed run may be half written; any other bad line is damage.
            if (complete)
                ++log.damaged_lines;
            else
                cut_mid_line = true;
            continue;
        }
        log.events.push_back(std::move(event));
    }
    if (log.events.empty() || log.events.front()["event"] != "start")
        throw LogError(name.string() +
                       " is not a lightning timing log (it has no start event "
                       "on its first line)");
    log.summary = summarize(log.events);
    log.truncated = cut_mid_line || log.summary.truncated;
    log.summary.truncated = log.truncated;
    return log;
}

ReadLog read_run_log(const std::filesystem::path& path) {
    // A log streamed to a pipe or a device (--log FIFO) cannot be read back: opening a pipe would
    // wait for a writer forever. Only a file holds a log to resume or report.
    std::error_code error;
    if (std::filesystem::exists(path, error) && !std::filesystem::is_regular_file(path, error))
        throw LogError(path.string() +
                       " is not a file (a pipe or a device?): only a log written to a file can be "
                       "read back; give the .jsonl file");
    std::ifstream file(path, std::ios::binary);
    if (!file) throw LogError("cannot read log " + path.string() + ": check the path");
    const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    return read_run_log_text(text, path);
}

}  // namespace lightning
