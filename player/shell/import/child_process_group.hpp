#pragma once
// A program run in a process group of its own, so that a time limit ends it and everything it
// started (LibreOffice's soffice forks soffice.bin): the destructor kills the whole group and
// reaps the child, whatever happened, so no converter outlives an import.
#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/time/clock.hpp"

namespace lightning {

class ChildProcessGroup {
public:
    // Starts `program` with `args` in `folder`, its output (stdout and stderr) into `log`.
    // Throws std::runtime_error when it cannot be started.
    ChildProcessGroup(const std::filesystem::path& program, const std::vector<std::string>& args,
                      const std::filesystem::path& folder, const std::filesystem::path& log);
    ~ChildProcessGroup();
    ChildProcessGroup(const ChildProcessGroup&) = delete;
    ChildProcessGroup& operator=(const ChildProcessGroup&) = delete;

    // Waits until it exits, `limit` has passed on `clock` or `stop()` says so (Ctrl+C: the child
    // is in a group of its own, so the terminal's signal reaches only us); the exit status, or
    // empty when it was not waited out (the group is then killed). `on_second` is called about
    // once a second with the seconds waited, for progress.
    template <class OnSecond, class Stop>
    std::optional<int> wait(const Clock& clock, Micros limit, OnSecond on_second, Stop stop);

private:
    std::optional<int> poll_exit();  // the exit status when it has exited
    void kill_group();
    static void pause_briefly();  // 50 ms between polls

    pid_t pid_ = -1;
    bool reaped_ = false;
};

template <class OnSecond, class Stop>
std::optional<int> ChildProcessGroup::wait(const Clock& clock, Micros limit, OnSecond on_second,
                                           Stop stop) {
    const Micros start = clock.now();
    long long shown = 0;
    while (true) {
        if (const auto status = poll_exit()) return status;
        const Micros waited = clock.now() - start;
        if (waited >= limit || stop()) {
            kill_group();
            return std::nullopt;
        }
        if (const long long seconds = waited.count() / 1'000'000; seconds > shown) {
            shown = seconds;
            on_second(static_cast<int>(seconds));
        }
        pause_briefly();
    }
}

}  // namespace lightning
