#pragma once
// A file read whole with pread, never mapped: a file cut short by another program while it is
// read yields fewer bytes (the caller then finds it cut short), where a mapping would end the
// process with SIGBUS.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <vector>

namespace lightning {

// The bytes of `path` read into `buffer` (the caller's, reused from file to file), or nullopt
// when it cannot be opened, is not a regular file or is over `max_bytes` (its decoder then says
// why, or streams it).
std::optional<std::span<const std::uint8_t>> read_whole_file(const std::filesystem::path& path,
                                                             std::vector<std::uint8_t>& buffer,
                                                             std::size_t max_bytes);

}  // namespace lightning
