#include "shell/export/partial_file.hpp"

#include <unistd.h>

#include <stdexcept>
#include <string>

namespace lightning {
namespace fs = std::filesystem;

PartialFile::PartialFile(const fs::path& final_path) : final_(final_path) {
    const fs::path folder = final_.has_parent_path() ? final_.parent_path() : fs::path(".");
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw std::runtime_error("cannot write " + final_.string() + ": its folder " +
                                 folder.string() + " does not exist");
    temporary_ = folder / ("." + final_.filename().string() + ".partial-" +
                           std::to_string(::getpid()) + final_.extension().string());
}

PartialFile::~PartialFile() {
    if (committed_) return;
    std::error_code ignored;
    fs::remove(temporary_, ignored);
}

void PartialFile::commit() {
    std::error_code error;
    fs::rename(temporary_, final_, error);
    if (error)
        throw std::runtime_error("cannot move " + temporary_.string() + " to " + final_.string() +
                                 ": " + error.message());
    committed_ = true;
}

}  // namespace lightning
