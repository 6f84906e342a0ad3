#include "shell/export/partial_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace lightning {
namespace fs = std::filesystem;

PartialFile::PartialFile(const fs::path& final_path) : final_(final_path) {
    std::error_code error;
    const fs::file_status status = fs::status(final_, error);  // follows a link
    if (fs::is_directory(status))
        throw std::runtime_error("cannot write " + final_.string() +
                                 ": it is a folder; give a file name in it");
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        temporary_ = final_;  // a pipe or device: as given
        return;
    }
    if (fs::is_symlink(fs::symlink_status(final_, error))) final_ = fs::weakly_canonical(final_);
    const fs::path folder = final_.has_parent_path() ? final_.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, error))
        throw std::runtime_error("cannot write " + final_path.string() + ": its folder " +
                                 folder.string() + " does not exist");
    temporary_ = folder / ("." + final_.filename().string() + ".partial-" +
                           std::to_string(::getpid()) + final_.extension().string());
    const int fd = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        throw std::runtime_error("cannot write " + final_path.string() + ": " +
                                 std::strerror(errno) + " (in " + folder.string() +
                                 "): choose a folder you can write to");
    ::close(fd);
    created_ = true;
}

PartialFile::~PartialFile() {
    if (committed_ || !created_) return;
    std::error_code ignored;
    fs::remove(temporary_, ignored);
}

void PartialFile::commit() {
    if (!created_) return;
    std::error_code error;
    fs::rename(temporary_, final_, error);
    if (error)
        throw std::runtime_error("cannot move " + temporary_.string() + " to " + final_.string() +
                                 ": " + error.message());
    committed_ = true;
}

}  // namespace lightning
