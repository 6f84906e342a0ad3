#pragma once
// An output written under a temporary name beside its final one, renamed into place only when
// it is complete: a failed or interrupted job leaves neither a half-written file nor the
// temporary behind. "talk.mp4" is written as ".talk.mp4.partial-PID.mp4": hidden, unique to this
// process, same folder (so the rename is atomic), same extension (ffmpeg picks the container
// from it).
#include <filesystem>

namespace lightning {

class PartialFile {
public:
    // Throws std::runtime_error naming the folder when it does not exist.
    explicit PartialFile(const std::filesystem::path& final_path);
    ~PartialFile();  // removes the temporary unless committed
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;

    const std::filesystem::path& path() const { return temporary_; }
    // Renames the temporary to the final name (replacing it). Throws naming both on failure.
    void commit();

private:
    std::filesystem::path final_, temporary_;
    bool committed_ = false;
};

}  // namespace lightning
