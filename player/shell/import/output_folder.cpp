#include "shell/import/output_folder.hpp"

#include <stdexcept>

namespace lightning {

namespace {

// What an earlier import wrote: its pictures and deck.toml.
bool imported_file(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    return name == "deck.toml" || (name.rfind("slide-", 0) == 0 && file.extension() == ".png");
}

}  // namespace

std::filesystem::path default_output_folder(const std::filesystem::path& source) {
    return source.stem();
}

void check_output_folder(const std::filesystem::path& folder, bool force) {
    std::error_code error;
    const std::string name = folder.string();
    if (std::filesystem::exists(std::filesystem::symlink_status(folder, error))) {
        if (!std::filesystem::is_directory(folder, error))
            throw std::invalid_argument(name + " exists and is not a folder; choose another -o");
        if (!force && !std::filesystem::is_empty(folder, error))
            throw std::invalid_argument(name +
                                        " exists and is not empty; choose another -o, or add "
                                        "--force to replace the deck imported there");
        return;
    }
    const std::filesystem::path parent = folder.parent_path();
    if (!parent.empty() && !std::filesystem::is_directory(parent, error))
        throw std::invalid_argument("cannot make " + name + ": the folder " + parent.string() +
                                    " does not exist");
}

void prepare_output_folder(const std::filesystem::path& folder, bool force) {
    check_output_folder(folder, force);
    std::error_code error;
    const std::string name = folder.string();
    if (std::filesystem::exists(std::filesystem::symlink_status(folder, error))) {
        if (!std::filesystem::is_empty(folder, error)) {
            for (const auto& entry : std::filesystem::directory_iterator(folder))
                if (entry.is_regular_file() && imported_file(entry.path()))
                    std::filesystem::remove(entry.path());
        }
        return;
    }
    if (!std::filesystem::create_directory(folder, error) || error)
        throw std::invalid_argument("cannot make " + name + ": " + error.message());
}

}  // namespace lightning
