#include "shell/export/ffmpeg_pipe.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace lightning {

std::optional<std::filesystem::path> find_on_path(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    std::size_t begin = 0;
    while (begin <= dirs.size()) {
        std::size_t end = dirs.find(':', begin);
        if (end == std::string::npos) end = dirs.size();
        const std::string dir = end > begin ? dirs.substr(begin, end - begin) : ".";
        const std::filesystem::path candidate = std::filesystem::path(dir) / name;
        std::error_code error;
        if (std::filesystem::is_regular_file(candidate, error) &&
            ::access(candidate.c_str(), X_OK) == 0)
            return candidate;
        begin = end + 1;
    }
    return std::nullopt;
}

namespace {

std::string errno_text(const std::string& what, int error) {
    return what + ": " + std::strerror(error);
}

// posix_spawn's attributes and file actions, destroyed whatever happens.
struct SpawnSetup {
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_t actions;
    SpawnSetup() {
        posix_spawnattr_init(&attributes);
        posix_spawn_file_actions_init(&actions);
    }
    ~SpawnSetup() {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;
};

}  // namespace

FfmpegPipe::FfmpegPipe(const std::filesystem::path& program, const std::vector<std::string>& args,
                       StopRequested stop_requested, std::chrono::milliseconds stall_limit)
    : stop_requested_(std::move(stop_requested)), stall_limit_(stall_limit) {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw std::runtime_error(errno_text("cannot make a pipe", errno));
    input_ = fds[1];
    const int child_input = fds[0];
    // A bigger pipe means fewer wake-ups per frame (best effort: the system may cap it).
    ::fcntl(input_, F_SETPIPE_SZ, 1 << 20);
    // Our end only (the child's is its own open file): a full pipe is waited on with poll and a
    // time limit, never in a write that could block forever.
    ::fcntl(input_, F_SETFL, ::fcntl(input_, F_GETFL) | O_NONBLOCK);
    errors_ = ::memfd_create("ffmpeg-stderr", MFD_CLOEXEC);
    if (errors_ < 0) {
        const int error = errno;
        ::close(child_input);
        close_input();
        throw std::runtime_error(errno_text("cannot keep ffmpeg's messages", error));
    }

    SpawnSetup setup;
    posix_spawn_file_actions_adddup2(&setup.actions, child_input, STDIN_FILENO);
    posix_spawn_file_actions_addopen(&setup.actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&setup.actions, errors_, STDERR_FILENO);
    // We ignore SIGPIPE and catch SIGINT/SIGTERM/SIGHUP; the child starts with the defaults and an
    // empty signal mask, in its own process group.
    sigset_t defaults, empty;
    sigemptyset(&defaults);
    for (int signal : {SIGPIPE, SIGINT, SIGTERM, SIGHUP}) sigaddset(&defaults, signal);
    sigemptyset(&empty);
    posix_spawnattr_setsigdefault(&setup.attributes, &defaults);
    posix_spawnattr_setsigmask(&setup.attributes, &empty);
    posix_spawnattr_setpgroup(&setup.attributes, 0);
    posix_spawnattr_setflags(
        &setup.attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP);

    std::vector<std::string> owned{program.string()};
    owned.insert(owned.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& arg : owned) argv.push_back(arg.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int error = ::posix_spawn(&pid, program.c_str(), &setup.actions, &setup.attributes,
                                    argv.data(), environ);
    ::close(child_input);  // the child has its own copy
    if (error != 0) {
        close_input();
        ::close(errors_);
        errors_ = -1;
        throw std::runtime_error(errno_text("cannot start " + program.string(), error));
    }
    pid_ = pid;
}

FfmpegPipe::~FfmpegPipe() {
    kill();
    if (errors_ >= 0) ::close(errors_);
}

void FfmpegPipe::close_input() {
    if (input_ >= 0) ::close(input_);
    input_ = -1;
}

FfmpegPipe::Written FfmpegPipe::write(const void* data, std::size_t size) {
    const auto* bytes = static_cast<const char*>(data);
    const int limit_ms = static_cast<int>(stall_limit_.count());
    while (size > 0) {
        if (input_ < 0) return Written::Closed;
        const ssize_t n = ::write(input_, bytes, size);
        if (n > 0) {
            bytes += n;
            size -= static_cast<std::size_t>(n);
            if (size > 0 && stop_requested_ && stop_requested_()) return Written::Stopped;
            continue;
        }
        if (n < 0 && errno == EINTR) {
            if (stop_requested_ && stop_requested_()) return Written::Stopped;
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // The pipe is full: wait until the child takes some, at most the stall limit.
            pollfd ready{input_, POLLOUT, 0};
            const int polled = ::poll(&ready, 1, limit_ms);
            if (polled < 0 && errno == EINTR && stop_requested_ && stop_requested_())
                return Written::Stopped;
            if (polled == 0) return Written::Stalled;
            continue;  // room, or the child is gone (the next write says EPIPE)
        }
        return Written::Closed;  // EPIPE (SIGPIPE is ignored): the child is gone
    }
    return Written::Ok;
}

std::optional<int> FfmpegPipe::finish(const std::function<long long()>& progress) {
    close_input();
    if (pid_ < 0) return std::nullopt;
    // The child finishes its file (x264's last frames, moving the index to the front): it is
    // looked at every tick, and taken for stuck after the stall limit with no progress.
    constexpr int kTickMs = 50;
    const long long quiet_limit = std::max<long long>(1, stall_limit_.count() / kTickMs);
    long long mark = progress ? progress() : 0;
    long long quiet_ticks = 0;
    int status = 0;
    for (;;) {
        const pid_t reaped = ::waitpid(pid_, &status, WNOHANG);
        if (reaped == pid_) break;
        if (reaped < 0 && errno != EINTR) {
            pid_ = -1;
            return std::nullopt;
        }
        if (stop_requested_ && stop_requested_()) {
            kill();
            return std::nullopt;
        }
        ::poll(nullptr, 0, kTickMs);  // a signal ends it early: checked above next time round
        const long long now = progress ? progress() : 0;
        if (now != mark) {
            mark = now;
            quiet_ticks = 0;
        } else if (++quiet_ticks >= quiet_limit) {
            stalled_ = true;
            kill();
            return std::nullopt;
        }
    }
    pid_ = -1;
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

void FfmpegPipe::kill() {
    close_input();
    if (pid_ < 0) return;
    ::kill(pid_, SIGKILL);
    while (::waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
}

std::string FfmpegPipe::stderr_tail(int lines) const {
    if (errors_ < 0) return {};
    std::string text;
    char buffer[4096];
    off_t offset = 0;
    for (ssize_t n; (n = ::pread(errors_, buffer, sizeof buffer, offset)) > 0; offset += n)
        text.append(buffer, static_cast<std::size_t>(n));
    // Split into lines; ffmpeg redraws a status line with \r, so keep what follows the last one.
    std::vector<std::string> all;
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(begin, end - begin);
        if (const std::size_t cr = line.rfind('\r'); cr != std::string::npos) line.erase(0, cr + 1);
        if (!line.empty()) all.push_back(std::move(line));
        begin = end + 1;
    }
    std::string tail;
    const std::size_t first = all.size() > static_cast<std::size_t>(lines) ? all.size() - lines : 0;
    for (std::size_t i = first; i < all.size(); ++i) tail += (i > first ? "\n" : "") + all[i];
    return tail;
}

}  // namespace lightning
