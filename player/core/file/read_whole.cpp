#include "core/file/read_whole.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/file/pread_exactly.hpp"

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
    // Cut short after fstat: what was read.
    return std::span<const std::uint8_t>(buffer.data(), pread_up_to(fd, buffer.data(), size, 0));
}

}  // namespace lightning
