#pragma once
// An append-only log file that never loses a line. Each line is written with write(2) as it
// comes (so a crash or kill -9 loses nothing already written). A line reaches the file whole or
// not at all for every reader: when a write fails part way (disk full), the next attempt first
// cuts the file back to its last newline. If the place cannot be written (read-only, disk full,
// its folder deleted), lines are kept in memory and retried with the next line (the folder is
// made again; a deleted file is written again from the start), and at the end the whole log
// goes to the first fallback place that works.
//
// A path that is not a regular file (a FIFO read by another program, a device, a symlink to one)
// is a stream: it is opened as given, never created, never renamed to "-2" and never cut back.
// It is written without blocking (a slow reader never holds up the talk): what does not fit in
// the pipe now is kept, the rest of a line goes first next time, and finish() waits a little
// for the reader before the whole log goes to a fallback place.
#include <sys/types.h>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace lightning {

class LogFile {
public:
    // Append: continue the file at `path` (a resumed run, --log). New: a new file; when `path`
    // exists as a regular file, "-2", "-3", ... is added before the extension (created with
    // O_EXCL, so two runs never share one). A stream (see above) is written as given either way;
    // a folder is not written (the log goes to a fallback place).
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
    // The path is a pipe or device, written as a stream (nothing beside it is ours to write).
    bool stream() const { return stream_; }
    const std::string& problem() const { return problem_; }
    const std::filesystem::path& path() const { return path_; }
    // Every line so far (what a fallback receives), each with its newline.
    const std::vector<std::string>& lines() const { return lines_; }

private:
    bool write_pending();
    bool write_stream();
    bool open_file();
    bool open_stream();
    bool file_gone() const;
    void close_fd();

    std::filesystem::path path_;
    std::vector<std::filesystem::path> fallback_dirs_;
    Open open_;
    Writer writer_;
    std::vector<std::string> lines_;
    size_t written_ = 0;           // lines_[0, written_) are in the file
    size_t stream_offset_ = 0;     // a stream: bytes of lines_[written_] already sent on this fd
    bool stream_ = false;          // the path is a FIFO or device (decided when it is first opened)
    bool stream_blocked_ = false;  // a stream's reader is behind (EAGAIN): the fd stays open
    int fd_ = -1;
    bool opened_once_ = false;  // a New file exists now: later opens continue it
    std::string problem_;       // why the last write failed; empty when all is written
};

// Writes `text` to `path` whole (creating its folder), via a temporary name of its own beside it
// and a rename so a reader never sees half a file; every write, the flush and the close are
// checked (a full disk), and a failure leaves nothing behind. A link to a file replaces the file
// it points at; a pipe or device is written as given; a folder is refused. Returns an error
// message naming `path`, or empty on success.
std::string write_whole_file(const std::filesystem::path& path, const std::string& text);

}  // namespace lightning
