#pragma once
// Reading a stretch of a file with pread, as every reader of slides and prepared entries does:
// never mapped (a file cut short under a mapping ends the process with SIGBUS), a signal's
// interruption retried, a short file answered as short.
#include <cstddef>
#include <cstdint>

namespace lightning {

// Reads up to `bytes` at `offset` into `to`; returns how many were read (fewer: the file ends,
// or it cannot be read there).
std::size_t pread_up_to(int fd, void* to, std::size_t bytes, std::uint64_t offset);

// True when all `bytes` at `offset` were read.
inline bool pread_exactly(int fd, void* to, std::size_t bytes, std::uint64_t offset) {
    return pread_up_to(fd, to, bytes, offset) == bytes;
}

}  // namespace lightning
