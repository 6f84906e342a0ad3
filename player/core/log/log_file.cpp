#include "core/log/log_file.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

#include "core/file/temporary_beside.hpp"

namespace lightning {
namespace fs = std::filesystem;

namespace {
// Writes all of `data`, retrying short writes and interruptions. Returns errno, or 0.
int write_all(const LogFile::Writer& writer, int fd, const std::string& data) {
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = writer ? writer(fd, data.data() + done, data.size() - done)
                                 : ::write(fd, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        done += static_cast<size_t>(n);
    }
    return 0;
}

std::string make_parent(const fs::path& path) {
    std::error_code error;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), error);
    return error ? "cannot create " + path.parent_path().string() + ": " + error.message() : "";
}

// Cuts a half-written last line off (a crash or a full disk mid-line), so the next line starts
// on a line of its own and every line in the file is whole. Returns errno, or 0.
int cut_to_last_newline(int fd) {
    struct stat info {};
    if (::fstat(fd, &info) != 0) return errno;
    off_t end = info.st_size;
    char c = 0;
    if (end == 0 || (::pread(fd, &c, 1, end - 1) == 1 && c == '\n')) return 0;
    char block[4096];
    while (end > 0) {
        const off_t from =
            end > static_cast<off_t>(sizeof block) ? end - static_cast<off_t>(sizeof block) : 0;
        const ssize_t n = ::pread(fd, block, static_cast<size_t>(end - from), from);
        if (n <= 0) return n < 0 ? errno : EIO;
        for (ssize_t i = n; i-- > 0;)
            if (block[i] == '\n') return ::ftruncate(fd, from + i + 1) == 0 ? 0 : errno;
        end = from;
    }
    return ::ftruncate(fd, 0) == 0 ? 0 : errno;
}

// How long finish() waits for a stream's reader to take more, between bits of progress.
constexpr int kStreamPatienceMs = 2000;

// "run.jsonl" -> "run-2.jsonl"
fs::path with_suffix(const fs::path& path, int n) {
    return path.parent_path() /
           (path.stem().string() + "-" + std::to_string(n) + path.extension().string());
}
}  // namespace

LogFile::LogFile(fs::path path, std::vector<fs::path> fallback_dirs, Open open, Writer writer)
    : path_(std::move(path)),
      fallback_dirs_(std::move(fallback_dirs)),
      open_(open),
      writer_(std::move(writer)) {}

LogFile::~LogFile() {
    close_fd();
}

LogFile::LogFile(LogFile&& other) noexcept
    : path_(std::move(other.path_)),
      fallback_dirs_(std::move(other.fallback_dirs_)),
      open_(other.open_),
      writer_(std::move(other.writer_)),
      lines_(std::move(other.lines_)),
      written_(other.written_),
      stream_offset_(other.stream_offset_),
      stream_(other.stream_),
      stream_blocked_(other.stream_blocked_),
      fd_(other.fd_),
      opened_once_(other.opened_once_),
      problem_(std::move(other.problem_)) {
    other.fd_ = -1;
}

void LogFile::close_fd() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
}

bool LogFile::append(const std::string& line) {
    lines_.push_back(line + "\n");
    return write_pending();
}

// The file was deleted (or its folder) while open: writes would go nowhere.
bool LogFile::file_gone() const {
    struct stat info {};
    return fd_ >= 0 && ::fstat(fd_, &info) == 0 && info.st_nlink == 0;
}

bool LogFile::open_file() {
    // A pipe or device (or a link to one) is written as given: never created, never given a
    // "-2" name beside it, never cut. A folder is not a log.
    struct stat info {};
    if (!stream_ && ::stat(path_.c_str(), &info) == 0 && !S_ISREG(info.st_mode)) {
        if (S_ISDIR(info.st_mode)) {
            problem_ = "cannot write " + path_.string() + ": it is a folder (give a file name)";
            return false;
        }
        stream_ = true;
    }
    if (stream_) return open_stream();
    if (auto problem = make_parent(path_); !problem.empty()) {
        problem_ = "cannot write " + path_.string() + " (" + problem + ")";
        return false;
    }
    if (open_ == Open::New && !opened_once_) {
        const fs::path wanted = path_;
        for (int n = 2; fd_ < 0; ++n) {
            fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0644);
            if (fd_ < 0 && (errno != EEXIST || n > 1000)) break;
            if (fd_ < 0) path_ = with_suffix(wanted, n);
        }
    } else {
        // O_NONBLOCK (no effect on a regular file): a FIFO made here since the stat above must
        // not block the talk; it is found below and written as a stream.
        fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_APPEND | O_NONBLOCK | O_CLOEXEC, 0644);
    }
    if (fd_ < 0) {
        problem_ = "cannot open " + path_.string() + ": " + std::strerror(errno);
        return false;
    }
    if (::fstat(fd_, &info) == 0 && !S_ISREG(info.st_mode)) {
        close_fd();
        stream_ = true;
        return open_stream();
    }
    opened_once_ = true;
    if (const int error = cut_to_last_newline(fd_); error != 0) {
        problem_ = "cannot repair " + path_.string() + ": " + std::strerror(error);
        close_fd();
        return false;
    }
    return true;
}

bool LogFile::open_stream() {
    // Non-blocking: a FIFO nobody reads yet fails at once (ENXIO) instead of stopping the talk;
    // the lines are kept and the open is tried again with the next line.
    fd_ = ::open(path_.c_str(), O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd_ < 0) {
        problem_ = errno == ENXIO ? "cannot write " + path_.string() +
                                        ": no program is reading the pipe (lines are kept)"
                                  : "cannot open " + path_.string() + ": " + std::strerror(errno);
        return false;
    }
    stream_offset_ = 0;  // a new reader starts on a whole line
    return true;
}

bool LogFile::write_stream() {
    stream_blocked_ = false;
    while (written_ < lines_.size()) {
        const std::string& line = lines_[written_];
        const char* data = line.data() + stream_offset_;
        const size_t size = line.size() - stream_offset_;
        const ssize_t n = writer_ ? writer_(fd_, data, size) : ::write(fd_, data, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {  // the reader is behind: try later
                stream_blocked_ = true;
                problem_ = "cannot write " + path_.string() +
                           " now: the program reading it is behind (lines are kept)";
                return false;
            }
            problem_ = "cannot write " + path_.string() + ": " + std::strerror(errno);
            close_fd();  // a reader gone (EPIPE), a full device: reopened with the next line
            return false;
        }
        stream_offset_ += static_cast<size_t>(n);
        if (stream_offset_ == line.size()) {
            ++written_;
            stream_offset_ = 0;
        }
    }
    problem_.clear();
    return true;
}

bool LogFile::write_pending() {
    if (!stream_ && file_gone()) {  // write it all again, in a folder made again if need be
        close_fd();
        written_ = 0;
    }
    if (fd_ < 0 && !open_file()) return false;
    if (stream_) return write_stream();
    while (written_ < lines_.size()) {
        if (const int error = write_all(writer_, fd_, lines_[written_]); error != 0) {
            problem_ = "cannot write " + path_.string() + ": " + std::strerror(error);
            // Part of the line may be in the file: the next open cuts it off, and the line is
            // written again whole.
            close_fd();
            return false;
        }
        ++written_;
    }
    problem_.clear();
    return true;
}

fs::path LogFile::finish() {
    bool done = write_pending();
    // A stream's reader that is only behind gets the rest, as long as it keeps taking some.
    while (!done && stream_blocked_ && fd_ >= 0) {
        pollfd ready{fd_, POLLOUT, 0};
        if (::poll(&ready, 1, kStreamPatienceMs) <= 0) break;
        done = write_pending();
    }
    close_fd();
    if (done) return path_;
    std::string tried = problem_;
    std::string all;
    for (const auto& line : lines_) all += line;
    for (const auto& dir : fallback_dirs_) {
        fs::path candidate = dir / path_.filename();
        // A stream's name (a pipe's, "full") is the same on every run: never replace an
        // earlier run's log kept in the fallback folder.
        std::error_code ignored;
        for (int n = 2; stream_ && fs::exists(candidate, ignored) && n < 1000; ++n)
            candidate = with_suffix(dir / path_.filename(), n);
        const std::string problem = write_whole_file(candidate, all);
        if (problem.empty()) {
            path_ = candidate;
            stream_ = false;  // path() is now this regular file
            written_ = lines_.size();
            problem_.clear();
            return path_;
        }
        tried += "; " + problem;
    }
    problem_ = tried;
    return {};
}

namespace {
// Writes `text` into the open `fd` (a pipe or device) and closes it, checking each write and the
// close. Returns errno, or 0.
int write_and_close(int fd, const std::string& text) {
    int error = write_all({}, fd, text);
    if (::close(fd) != 0 && error == 0 && errno != EINTR) error = errno;
    return error;
}
}  // namespace

std::string write_whole_file(const fs::path& path, const std::string& text) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);  // follows a symlink
    if (fs::is_directory(status)) return "cannot write " + path.string() + ": it is a folder";
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        // A pipe or device (or a link to one): written as given; nothing is made beside it.
        const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd < 0) return "cannot write " + path.string() + ": " + std::strerror(errno);
        if (const int failed = write_and_close(fd, text); failed != 0)
            return "cannot write " + path.string() + ": " + std::strerror(failed);
        return {};
    }
    // A link to a file: the file it points at is replaced, the link stays.
    fs::path target = path;
    if (fs::is_symlink(fs::symlink_status(path, error))) target = fs::weakly_canonical(path, error);
    if (auto problem = make_parent(target); !problem.empty())
        return "cannot write " + path.string() + " (" + problem + ")";
    // A name of our own, so a failure removes only what this call made.
    TemporaryBeside temporary(target, TemporaryBeside::hidden(target));
    if (!temporary.made())
        return "cannot write " + path.string() + ": " + std::strerror(temporary.error());
    int failed = write_all({}, temporary.fd(), text);
    if (failed == 0) failed = temporary.commit(true);
    if (failed != 0) return "cannot write " + path.string() + ": " + std::strerror(failed);
    return {};
}

}  // namespace lightning
