#include "core/log/log_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

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
        fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    }
    if (fd_ < 0) {
        problem_ = "cannot open " + path_.string() + ": " + std::strerror(errno);
        return false;
    }
    opened_once_ = true;
    if (const int error = cut_to_last_newline(fd_); error != 0) {
        problem_ = "cannot repair " + path_.string() + ": " + std::strerror(error);
        close_fd();
        return false;
    }
    return true;
}

bool LogFile::write_pending() {
    if (file_gone()) {  // write it all again, in a folder made again if need be
        close_fd();
        written_ = 0;
    }
    if (fd_ < 0 && !open_file()) return false;
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
    if (write_pending()) {
        close_fd();
        return path_;
    }
    close_fd();
    std::string tried = problem_;
    std::string all;
    for (const auto& line : lines_) all += line;
    for (const auto& dir : fallback_dirs_) {
        const fs::path candidate = dir / path_.filename();
        const std::string problem = write_whole_file(candidate, all);
        if (problem.empty()) {
            path_ = candidate;
            written_ = lines_.size();
            problem_.clear();
            return path_;
        }
        tried += "; " + problem;
    }
    problem_ = tried;
    return {};
}

std::string write_whole_file(const fs::path& path, const std::string& text) {
    if (auto problem = make_parent(path); !problem.empty())
        return "cannot write " + path.string() + " (" + problem + ")";
    const fs::path temporary = path.string() + ".partial";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return "cannot write " + temporary.string() + ": " + std::strerror(errno);
    const int error = write_all({}, fd, text);
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
