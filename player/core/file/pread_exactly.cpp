#include "core/file/pread_exactly.hpp"

#include <unistd.h>

#include <cerrno>

namespace lightning {

std::size_t pread_up_to(int fd, void* to, std::size_t bytes, std::uint64_t offset) {
    auto* at = static_cast<unsigned char*>(to);
    std::size_t got = 0;
    while (got < bytes) {
        const ssize_t n = ::pread(fd, at + got, bytes - got, static_cast<off_t>(offset + got));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // an error, or the end of the file
        got += static_cast<std::size_t>(n);
    }
    return got;
}

}  // namespace lightning
