#pragma once
// The ffmpeg child process that export feeds: started with posix_spawn, its stdin a pipe we
// write raw frames into, its stderr kept in memory (a memfd) so its last lines can be shown when
// it fails. The object owns the child and both descriptors: whatever path leaves scope (an
// error, Ctrl+C), a child that was not finished is killed and reaped, and nothing leaks.
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lightning {

// Looks `name` up in $PATH as exec would; nothing when it is not there (or not executable).
std::optional<std::filesystem::path> find_on_path(const std::string& name);

class FfmpegPipe {
public:
    // Asked between blocking calls (a write to a full pipe, waiting for the child) after a signal
    // interrupts them; true means give up now.
    using StopRequested = std::function<bool()>;

    // Starts `program` with `args` (argv[1..]). The child gets default signal handling and its
    // own process group, so a Ctrl+C in the terminal reaches only us and we decide what happens
    // to it. `stall_limit`: how long the child may take nothing (no frame bytes while writing;
    // no change in `progress` while finishing) before it is taken for stuck and killed, so an
    // ffmpeg that stops reading never blocks us forever. Throws std::runtime_error when it
    // cannot be started.
    FfmpegPipe(const std::filesystem::path& program, const std::vector<std::string>& args,
               StopRequested stop_requested, std::chrono::milliseconds stall_limit);
    ~FfmpegPipe();
    FfmpegPipe(const FfmpegPipe&) = delete;
    FfmpegPipe& operator=(const FfmpegPipe&) = delete;

    enum class Written { Ok, Closed, Stopped, Stalled };
    // Writes all of `data` to the child's stdin. Closed: the child stopped reading (it exited;
    // see finish() for why). Stopped: stop_requested() said so while the write was blocked.
    // Stalled: the child took no byte for the stall limit (it is still running: kill() it).
    Written write(const void* data, std::size_t size);

    // Closes the child's stdin (end of input) and waits for it. Returns its exit code, 128 + the
    // signal that killed it, or nothing when stop_requested() interrupted the wait or the child
    // showed no progress (`progress()`, e.g. its output's size, did not change) for the stall
    // limit (stalled() then says so); the child is then killed.
    std::optional<int> finish(const std::function<long long()>& progress = {});
    bool stalled() const { return stalled_; }
    std::chrono::milliseconds stall_limit() const { return stall_limit_; }
    // Kills the child (SIGKILL) and waits for it; nothing it writes matters any more.
    void kill();

    // The last `lines` lines the child wrote to stderr.
    std::string stderr_tail(int lines) const;

private:
    void close_input();

    StopRequested stop_requested_;
    std::chrono::milliseconds stall_limit_;
    bool stalled_ = false;
    pid_t pid_ = -1;   // -1 once reaped
    int input_ = -1;   // write end of the child's stdin
    int errors_ = -1;  // memfd holding the child's stderr
};

}  // namespace lightning
