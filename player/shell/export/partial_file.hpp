#pragma once
// An output written under a temporary name beside its final one, renamed into place only when
// it is complete: a failed or interrupted job leaves neither a half-written file nor the
// temporary behind. "talk.mp4" is written as ".talk.mp4.partial-PID-N.mp4" (TemporaryBeside:
// hidden, ours alone, same folder, same extension since ffmpeg picks the container from it). The
// temporary is created when this is made, so a folder that cannot be written is found before any
// work is done, and only a file made here is ever removed.
#include <filesystem>
#include <optional>

#include "core/file/temporary_beside.hpp"

namespace lightning {

class PartialFile {
public:
    // Throws std::runtime_error naming the output when it is a folder, its folder does not exist
    // or cannot be written. A link to a file: the file it points at is replaced, the link stays.
    // A pipe or device (or a link to one) is written as given: path() is the output itself,
    // commit() does nothing and nothing is removed.
    explicit PartialFile(const std::filesystem::path& final_path);
    // The temporary is removed unless committed.
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;

    const std::filesystem::path& path() const { return temporary_ ? temporary_->path() : final_; }
    // Flushes the temporary to the disk and renames it to the final name (replacing it). Throws
    // naming both on failure.
    void commit();

private:
    std::filesystem::path final_;
    std::optional<TemporaryBeside> temporary_;  // none for a device written as given
};

}  // namespace lightning
