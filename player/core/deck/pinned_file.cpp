#include "core/deck/pinned_file.hpp"

#include <fcntl.h>
#include <libdeflate.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <vector>

namespace lightning {

namespace {

std::optional<FileIdentity> identity_of(int fd) {
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    FileIdentity identity;
    identity.device = static_cast<std::uint64_t>(info.st_dev);
    identity.inode = static_cast<std::uint64_t>(info.st_ino);
    identity.size = static_cast<std::uint64_t>(info.st_size);
    identity.modified_ns =
        static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
    identity.changed_ns =
        static_cast<std::int64_t>(info.st_ctim.tv_sec) * 1'000'000'000 + info.st_ctim.tv_nsec;
    return identity;
}

}  // namespace

PinnedFile::PinnedFile(const std::filesystem::path& path) : path_(path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) return;
    if (const auto identity = identity_of(fd_)) {
        identity_ = *identity;
    } else {  // a folder, a FIFO (reading it would block), a device
        ::close(fd_);
        fd_ = -1;
    }
}

PinnedFile::~PinnedFile() {
    if (fd_ >= 0) ::close(fd_);
}

std::filesystem::path PinnedFile::reopen_path() const {
    if (fd_ < 0) return path_;
    const std::filesystem::path through_proc = "/proc/self/fd/" + std::to_string(fd_);
    return ::access(through_proc.c_str(), R_OK) == 0 ? through_proc : path_;
}

bool PinnedFile::unchanged() const {
    if (fd_ < 0) return false;
    const auto now = identity_of(fd_);
    return now && *now == identity_;
}

std::optional<std::string> PinnedFile::fingerprint() const {
    if (fd_ < 0) return std::nullopt;
    constexpr std::size_t kPiece = 1 << 20;
    std::vector<unsigned char> piece(kPiece);
    std::uint32_t crc = 0, adler = 1;
    std::uint64_t offset = 0;
    while (offset < identity_.size) {
        const ssize_t got = ::pread(fd_, piece.data(), kPiece, static_cast<off_t>(offset));
        if (got <= 0) return std::nullopt;  // cut short since it was opened: no key
        const auto bytes = static_cast<std::size_t>(got);
        crc = libdeflate_crc32(crc, piece.data(), bytes);
        adler = libdeflate_adler32(adler, piece.data(), bytes);
        offset += bytes;
    }
    // Two independent 32-bit checks and the length: a changed slide gets a new key.
    char text[64];
    std::snprintf(text, sizeof text, "%08x%08x-%llu", crc, adler,
                  static_cast<unsigned long long>(offset));
    return std::string(text);
}

}  // namespace lightning
