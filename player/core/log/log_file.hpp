#pragma once
// An append-only log file that never loses a line. Each line is written with write(2) as it
// comes (so a crash or kill -9 loses nothing already written). A line reaches the file whole or
// not at all for every reader: when a write fails part way (disk full), the next attempt first
// cuts the file back to its last newline. If the place cannot be written (read-only, disk full,
// its folder deleted), lines are kept in memory and retried with the next line (the folder is
// made again; a deleted file is written again from the start), and at the end the whole log
// goes to the first fallback place that works.
#include <sys/types.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace lightning {

class LogFile {
public:
    // Append: continue the file at `path` (a resumed run, --log). New: a new file; when `path`
    // exists, "-2", "-3", ... is added before the extension (created with O_EXCL, so two runs
    // never share one).
    enum class Open { Append, New };
    // write(2) by default; tests pass one that fails part way.
    using Writer = std::function<ssize_t(int fd, const char* data, size_t size)>;

    LogFile(std::filesystem::path path, std::vector<std::filesystem::path> fallback_dirs,
            Open open = Open::Append, Writer writer = {});
    ~LogFile();
    LogFile(LogFile&& other) noexcept;
    LogFile& operator=(LogFile&&) = delete;
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    // Appends one line (the newline is added). False while the log cannot be written: the line
    // is kept and written with the next success or by finish().
    bool append(const std::string& line);
    // Writes what is pending, to the path or else to a fallback; returns where the log now is
    // (empty if nowhere worked: then `problem()` names every place tried and why).
    std::filesystem::path finish();

    bool failing() const { return !problem_.empty(); }
    const std::string& problem() const { return problem_; }
    const std::filesystem::path& path() const { return path_; }
    // Every line so far (what a fallback receives), each with its newline.
    const std::vector<std::string>& lines() const { return lines_; }

private:
    bool write_pending();
    bool open_file();
    bool file_gone() const;
    void close_fd();

    std::filesystem::path path_;
    std::vector<std::filesystem::path> fallback_dirs_;
    Open open_;
    Writer writer_;
    std::vector<std::string> lines_;
    size_t written_ = 0;  // lines_[0, written_) are in the file
    int fd_ = -1;
    bool opened_once_ = false;  // a New file exists now: later opens continue it
    std::string problem_;       // why the last write failed; empty when all is written
};

// Writes `text` to `path` whole (creating its folder), via a temporary name and a rename so a
// reader never sees half a file. Returns an error message, or empty on success.
std::string write_whole_file(const std::filesystem::path& path, const std::string& text);

}  // namespace lightning
