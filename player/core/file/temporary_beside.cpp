#include "core/file/temporary_beside.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>

namespace lightning {

namespace {
std::atomic<unsigned> next_number{0};
}  // namespace

TemporaryBeside::Name TemporaryBeside::hidden(const std::filesystem::path& target,
                                              std::string suffix) {
    return {"." + target.filename().string() + ".partial-", std::move(suffix)};
}

TemporaryBeside::TemporaryBeside(std::filesystem::path target, const Name& name)
    : target_(std::move(target)) {
    const std::string pid = std::to_string(::getpid());
    for (int tries = 0; tries < 100; ++tries) {
        const std::filesystem::path candidate =
            target_.parent_path() /
            (name.prefix + pid + "-" + std::to_string(next_number++) + name.suffix);
        fd_ = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd_ >= 0) {
            path_ = candidate;
            return;
        }
        if (errno != EEXIST) break;
    }
    error_ = errno;
}

TemporaryBeside::~TemporaryBeside() {
    if (fd_ >= 0) ::close(fd_);
    if (made() && !committed_) ::unlink(path_.c_str());
}

int TemporaryBeside::close(bool sync) {
    if (fd_ < 0) return 0;
    int error = 0;
    if (sync && ::fsync(fd_) != 0) error = errno;
    if (::close(fd_) != 0 && error == 0 && errno != EINTR) error = errno;
    fd_ = -1;
    return error;
}

int TemporaryBeside::commit(bool sync) {
    if (!made()) return error_;
    if (fd_ < 0 && sync) {  // written by another program: opened again to flush it
        fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd_ < 0) return errno;
    }
    if (const int error = close(sync); error != 0) return error;
    if (std::rename(path_.c_str(), target_.c_str()) != 0) return errno;
    committed_ = true;
    return 0;
}

}  // namespace lightning
