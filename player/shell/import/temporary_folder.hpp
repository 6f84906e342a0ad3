#pragma once
// A fresh folder under the system's temporary directory (mkdtemp), removed with everything in it
// when this goes out of scope: LibreOffice's profile and its PDF live here, never in the deck.
#include <filesystem>
#include <string>

namespace lightning {

class TemporaryFolder {
public:
    // Throws std::runtime_error when no folder can be made.
    explicit TemporaryFolder(const std::string& prefix);
    ~TemporaryFolder();
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace lightning
