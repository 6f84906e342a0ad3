#pragma once
// A file written whole under a name of its own beside its final one, then renamed into place: a
// reader never sees half a file, and a failure or a crash leaves the final name as it was. The
// one way lightning replaces a file (logs' CSVs, pictures, videos, prepared slides).
//
// The temporary is "<prefix><pid>-<n><suffix>" in the final file's folder (a rename is atomic
// only within one file system), created O_EXCL so it is ours alone: a name someone else holds
// (a killed run's leftover whose pid came round again, another container's process with the same
// pid writing into a shared folder) is passed over for the next n, never shared and never
// removed. n counts up across the whole process, so two threads never try the same name.
#include <filesystem>
#include <string>

namespace lightning {

class TemporaryBeside {
public:
    struct Name {
        std::string prefix;  // up to the pid: ".talk.mp4.partial-"
        std::string suffix;  // after the counter: ".mp4" (ffmpeg picks the container from it)
    };
    // The usual name, hidden: ".<file name>.partial-<pid>-<n><suffix>".
    static Name hidden(const std::filesystem::path& target, std::string suffix = "");

    // Creates the temporary, open for writing; made() is false when it could not be (error()).
    TemporaryBeside(std::filesystem::path target, const Name& name);
    ~TemporaryBeside();  // closes it and removes it unless committed
    TemporaryBeside(const TemporaryBeside&) = delete;
    TemporaryBeside& operator=(const TemporaryBeside&) = delete;

    bool made() const { return !path_.empty(); }
    int error() const { return error_; }  // errno when it could not be made
    int fd() const { return fd_; }        // -1 once closed
    const std::filesystem::path& path() const { return path_; }
    const std::filesystem::path& target() const { return target_; }

    // Closes the descriptor; `sync` flushes the data to the disk first (a full disk may say so
    // only then). Returns errno, or 0.
    int close(bool sync);
    // Renames it over the target, after closing it (and with `sync`, flushing it to the disk, also
    // when another program wrote it through path()). Returns errno, or 0; on failure the
    // temporary is still removed by the destructor.
    int commit(bool sync);

private:
    std::filesystem::path target_, path_;
    int fd_ = -1;
    int error_ = 0;
    bool committed_ = false;
};

}  // namespace lightning
