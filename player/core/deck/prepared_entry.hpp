#pragma once
// The prepared-slides store's entries on disk, shared by the store (prepared_slides.cpp) and its
// pruning (prepared_slides_prune.cpp): the layout, the names the store gives, and reading them.
#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <regex>
#include <utility>

#include "core/file/pread_exactly.hpp"

namespace lightning::prepared_entry {

// Entry layout (little-endian 32-bit words): magic, format, width, height, source width, source
// height, CRC-32 of the pixels, CRC-32 of this header (itself zeroed) and the key, NUL-padded.
// Then width * height * 4 bytes of pixels, rows packed.
inline constexpr char kMagic[8] = {'L', 'T', 'S', 'L', 'I', 'D', 'E', '2'};
inline constexpr char kOlderMagic[8] = {'L', 'T', 'S', 'L', 'I', 'D', 'E', '1'};  // revision 1
inline constexpr std::size_t kHeaderBytes = 128;
inline constexpr std::size_t kKeyAt = 36;
inline constexpr std::size_t kKeyRoom = kHeaderBytes - kKeyAt;
inline constexpr int kMaxSide = 20'000;  // as the decoders' own limit
inline constexpr const char* kExtension = ".slide";

// The names the store gives: "<crc><adler>-<size>-p<page>-<w>x<h>-v<variant>-r<revision>.slide"
// and, while one is written, that name + ".tmp-<pid>-<n>" (the pid is the first sub-match).
const std::regex& entry_pattern();
const std::regex& aside_pattern();

// A file descriptor, closed when it goes.
class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd();
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }
    int release() { return std::exchange(fd_, -1); }

private:
    int fd_;
};

// True for the first 8 bytes of an entry of this layout or the one before it.
bool starts_with_magic(const std::uint8_t* bytes);

}  // namespace lightning::prepared_entry
