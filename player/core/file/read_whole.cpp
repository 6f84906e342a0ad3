#include "core/file/read_whole.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace lightning {

std::optional<std::span<const std::uint8_t>> read_whole_file(const std::filesystem::path& path,
                                                             std::vector<std::uint8_t>& buffer,
                                                             std::size_t max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size < 0 ||
        static_cast<std::uint64_t>(info.st_size) > max_bytes)
        return std::nullopt;
    const auto size = static_cast<std::size_t>(info.st_size);
    buffer.resize(size);
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::pread(fd, buffer.data() + got, size - got, static_cast<off_t>(got));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // an error, or the file was cut short after fstat: what was read
        got += static_cast<std::size_t>(n);
    }
    return std::span<const std::uint8_t>(buffer.data(), got);
}

}  // namespace lightning
