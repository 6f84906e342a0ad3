#include "core/deck/prepared_entry.hpp"

#include <unistd.h>

#include <cstring>

namespace lightning::prepared_entry {

const std::regex& entry_pattern() {
    static const std::regex pattern(
        "[0-9a-f]{16}-[0-9]+-p-?[0-9]+-[0-9]+x[0-9]+-v[0-9]+-r[0-9]+\\.slide");
    return pattern;
}

const std::regex& aside_pattern() {
    static const std::regex pattern(
        "[0-9a-f]{16}-[0-9]+-p-?[0-9]+-[0-9]+x[0-9]+-v[0-9]+-r[0-9]+\\.slide\\.tmp-([0-9]+)-[0-9]"
        "+");
    return pattern;
}

Fd::~Fd() {
    if (fd_ >= 0) ::close(fd_);
}

bool starts_with_magic(const std::uint8_t* bytes) {
    return std::memcmp(bytes, kMagic, sizeof kMagic) == 0 ||
           std::memcmp(bytes, kOlderMagic, sizeof kOlderMagic) == 0;
}

}  // namespace lightning::prepared_entry
