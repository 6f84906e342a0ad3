#pragma once
// A file opened once and read only through that one descriptor, so that what is hashed and
// what is decoded are the same bytes: a slide replaced by rename while it is read (a deck copied
// over during a talk, or during `check --prepare`) keeps the file that was opened, and a slide
// rewritten in place is noticed (unchanged() turns false). Never memory-mapped: a file cut short
// under a mapping is SIGBUS, under pread it is a short read.
#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace lightning {

// What says a file is the same file with the same bytes as before, without reading them.
struct FileIdentity {
    std::uint64_t device = 0, inode = 0;
    std::uint64_t size = 0;
    std::int64_t modified_ns = 0, changed_ns = 0;
    bool operator==(const FileIdentity&) const = default;
    auto operator<=>(const FileIdentity&) const = default;
};

class PinnedFile {
public:
    // Opens `path` for reading; !ok() when it cannot be opened or is not a regular file (the
    // decoder, given the path itself, then says why in its own words).
    explicit PinnedFile(const std::filesystem::path& path);
    ~PinnedFile();
    PinnedFile(const PinnedFile&) = delete;
    PinnedFile& operator=(const PinnedFile&) = delete;

    bool ok() const { return fd_ >= 0; }
    int fd() const { return fd_; }
    const std::filesystem::path& path() const { return path_; }
    // The identity when it was opened.
    const FileIdentity& identity() const { return identity_; }
    // A path that opens this very file (/proc/self/fd/N), for libraries that take a path: even
    // once `path` names another file, they read the one pinned here. The path itself where
    // /proc is not mounted.
    std::filesystem::path reopen_path() const;
    // False once the file was written to (or could not be looked at) since it was opened.
    bool unchanged() const;
    // "crc32 adler32 - size" of the whole file read through the descriptor in 1 MiB pieces
    // (bounded memory, whatever the file's size); nullopt on a read error or a short read.
    std::optional<std::string> fingerprint() const;

private:
    std::filesystem::path path_;
    int fd_ = -1;
    FileIdentity identity_;
};

}  // namespace lightning
