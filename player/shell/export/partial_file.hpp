#pragma once
// An output written under a temporary name beside its final one, renamed into place only when
// it is complete: a failed or interrupted job leaves neither a half-written file nor the
// temporary behind. "talk.mp4" is written as ".talk.mp4.partial-PID.mp4": hidden, unique to this
// process, same folder (so the rename is atomic), same extension (ffmpeg picks the container
// from it). The temporary is created (O_EXCL) when this is made, so a folder that cannot be
// written is found before any work is done, and only a file made here is ever removed.
#include <filesystem>

namespace lightning {

class PartialFile {
public:
    // Throws std::runtime_error naming the output when it is a folder, its folder does not exist
    // or cannot be written. A link to a file: the file it points at is replaced, the link stays.
    // A pipe or device (or a link to one) is written as given: path() is the output itself,
    // commit() does nothing and nothing is removed.
    explicit PartialFile(const std::filesystem::path& final_path);
    ~PartialFile();  // removes the temporary unless committed
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;

    const std::filesystem::path& path() const { return temporary_; }
    // Renames the temporary to the final name (replacing it). Throws naming both on failure.
    void commit();

private:
    std::filesystem::path final_, temporary_;
    bool created_ = false;  // the temporary is ours to remove (not a device written as given)
    bool committed_ = false;
};

}  // namespace lightning
