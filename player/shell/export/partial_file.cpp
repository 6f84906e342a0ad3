#include "shell/export/partial_file.hpp"

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
    if (fs::exists(status) && !fs::is_regular_file(status)) return;  // a pipe or device: as given
    if (fs::is_symlink(fs::symlink_status(final_, error))) final_ = fs::weakly_canonical(final_);
    const fs::path folder = final_.has_parent_path() ? final_.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, error))
        throw std::runtime_error("cannot write " + final_path.string() + ": its folder " +
                                 folder.string() + " does not exist");
    temporary_.emplace(final_, TemporaryBeside::hidden(final_, final_.extension().string()));
    if (!temporary_->made())
        throw std::runtime_error("cannot write " + final_path.string() + ": " +
                                 std::strerror(temporary_->error()) + " (in " + folder.string() +
                                 "): choose a folder you can write to");
    temporary_->close(false);  // the encoder writes it by its name
}

void PartialFile::commit() {
    if (!temporary_) return;
    if (const int failed = temporary_->commit(true); failed != 0)
        throw std::runtime_error("cannot move " + temporary_->path().string() + " to " +
                                 final_.string() + ": " + std::strerror(failed));
}

}  // namespace lightning
