#pragma once
// An append-only log file that never loses a line. Each line is written with write(2) as it
// comes (so a crash or kill -9 loses nothing already written); if the place cannot be written
// (read-only, disk full), lines are kept in memory and retried with the next line, and at the
// end the whole log goes to the first fallback place that works.
#include <filesystem>
#include <string>
#include <vector>

namespace lightning {

class LogFile {
public:
    LogFile(std::filesystem::path path, std::vector<std::filesystem::path> fallback_dirs);
    ~LogFile();
    LogFile(LogFile&& other) noexcept;
    LogFile& operator=(LogFile&&) = delete;
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    // Appends one line (the newline is added). False while the log cannot be written: the line
    // is kept and written with the next success or by finish().
    bool append(const std::string& line);
    // Writes what is pending, to the path or else to a fallback; returns where the log now is
    // (empty if nowhere worked: then `problem()` says why).
    std::filesystem::path finish();

    bool failing() const { return !problem_.empty(); }
    const std::string& problem() const { return problem_; }
    const std::filesystem::path& path() const { return path_; }
    // Every line so far (what a fallback receives).
    const std::vector<std::string>& lines() const { return lines_; }

private:
    bool write_pending();
    void close_fd();

    std::filesystem::path path_;
    std::vector<std::filesystem::path> fallback_dirs_;
    std::vector<std::string> lines_;
    size_t written_ = 0;   // lines_[0, written_) are in the file
    int fd_ = -1;
    std::string problem_;  // why the last write failed; empty when all is written
};

// Writes `text` to `path` whole (creating its folder), via a temporary name and a rename so a
// reader never sees half a file. Returns an error message, or empty on success.
std::string write_whole_file(const std::filesystem::path& path, const std::string& text);

}  // namespace lightning
