#include "core/log/log_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace lightning {
namespace fs = std::filesystem;

namespace {
// Writes all of `data`, retrying short writes and interruptions. Returns errno, or 0.
int write_all(int fd, const std::string& data) {
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
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
}  // namespace

LogFile::LogFile(fs::path path, std::vector<fs::path> fallback_dirs)
    : path_(std::move(path)), fallback_dirs_(std::move(fallback_dirs)) {}

LogFile::~LogFile() { close_fd(); }

LogFile::LogFile(LogFile&& other) noexcept
    : path_(std::move(other.path_)), fallback_dirs_(std::move(other.fallback_dirs_)),
      lines_(std::move(other.lines_)), written_(other.written_), fd_(other.fd_),
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

bool LogFile::write_pending() {
    if (fd_ < 0) {
        if (auto problem = make_parent(path_); !problem.empty()) {
            problem_ = problem;
            return false;
        }
        fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (fd_ < 0) {
            problem_ = "cannot open " + path_.string() + ": " + std::strerror(errno);
            return false;
        }
    }
    while (written_ < lines_.size()) {
        if (const int error = write_all(fd_, lines_[written_]); error != 0) {
            problem_ = "cannot write " + path_.string() + ": " + std::strerror(error);
            // A partial line may be in the file; the retry reopens and appends from the start
            // of this line, and the reader skips a line it cannot parse.
            close_fd();
            return false;
        }
        ++written_;
    }
    problem_.clear();
    return true;
}

fs::path LogFile::finish() {
    if (write_pending()) {
        close_fd();
        return path_;
    }
    close_fd();
    std::string all;
    for (const auto& line : lines_) all += line;
    for (const auto& dir : fallback_dirs_) {
        const fs::path candidate = dir / path_.filename();
        if (write_whole_file(candidate, all).empty()) {
            path_ = candidate;
            written_ = lines_.size();
            problem_.clear();
            return path_;
        }
    }
    return {};
}

std::string write_whole_file(const fs::path& path, const std::string& text) {
    if (auto problem = make_parent(path); !problem.empty()) return problem;
    const fs::path temporary = path.string() + ".partial";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return "cannot write " + temporary.string() + ": " + std::strerror(errno);
    const int error = write_all(fd, text);
    ::close(fd);
    std::error_code ignored;
    if (error != 0) {
        fs::remove(temporary, ignored);
        return "cannot write " + temporary.string() + ": " + std::strerror(error);
    }
    std::error_code renamed;
    fs::rename(temporary, path, renamed);
    if (renamed) {
        fs::remove(temporary, ignored);
        return "cannot write " + path.string() + ": " + renamed.message();
    }
    return {};
}

}  // namespace lightning
