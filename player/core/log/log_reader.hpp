#pragma once
// Reading a timing log back (report, resume). A log cut off by a crash is read up to its last
// complete line and marked truncated; a damaged line in the middle is skipped and counted.
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/log/run_log.hpp"

namespace lightning {

struct ReadLog {
    std::filesystem::path path;
    std::vector<Json> events;
    RunSummary summary;
    int damaged_lines = 0;   // lines that are not JSON objects (skipped)
    bool truncated = false;  // cut off mid-line or without an end event
};

// Parses a log's text. Throws LogError when it holds no start event (not a lightning log).
ReadLog read_run_log_text(std::string_view text, const std::filesystem::path& name);
// Reads a log file; throws LogError naming the file when it cannot be read or is not a log.
ReadLog read_run_log(const std::filesystem::path& path);

class LogError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace lightning
