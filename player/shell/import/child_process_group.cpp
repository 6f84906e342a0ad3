#include "shell/import/child_process_group.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

namespace lightning {

ChildProcessGroup::ChildProcessGroup(const std::filesystem::path& program,
                                     const std::vector<std::string>& args,
                                     const std::filesystem::path& folder,
                                     const std::filesystem::path& log) {
    // Everything the child needs is made before fork: after it, only async-signal-safe calls.
    std::vector<std::string> words{program.string()};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& word : words) argv.push_back(word.data());
    argv.push_back(nullptr);
    const int output = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (output < 0)
        throw std::runtime_error("cannot write " + log.string() + ": " + std::strerror(errno));
    const std::string where = folder.string();
    pid_ = ::fork();
    if (pid_ < 0) {
        const int error = errno;
        ::close(output);
        throw std::runtime_error("cannot start " + program.string() + ": " + std::strerror(error));
    }
    if (pid_ == 0) {
        ::setpgid(0, 0);
        const int null = ::open("/dev/null", O_RDONLY);
        if (null >= 0) ::dup2(null, STDIN_FILENO);
        ::dup2(output, STDOUT_FILENO);
        ::dup2(output, STDERR_FILENO);
        if (::chdir(where.c_str()) != 0) ::_exit(126);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::setpgid(pid_, pid_);  // also here: whichever runs first, the group exists before a kill
    ::close(output);
}

ChildProcessGroup::~ChildProcessGroup() {
    kill_group();  // helpers it left behind too, even after it exited
    if (!reaped_) {
        int status = 0;
        while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
        }
    }
}

std::optional<int> ChildProcessGroup::poll_exit() {
    if (reaped_) return std::nullopt;
    int status = 0;
    const pid_t done = ::waitpid(pid_, &status, WNOHANG);
    if (done != pid_) return std::nullopt;
    reaped_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

void ChildProcessGroup::kill_group() {
    if (pid_ > 0) ::kill(-pid_, SIGKILL);
}

void ChildProcessGroup::pause_briefly() {
    const timespec pause{0, 50'000'000};
    ::nanosleep(&pause, nullptr);
}

}  // namespace lightning
