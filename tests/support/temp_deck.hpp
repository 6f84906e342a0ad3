#pragma once
// A deck folder made for one test in a fresh temporary directory, removed when it goes out of
// scope. Slide files are tiny dummy files: the core reads names only and never decodes images.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

namespace lightning::testing {

// A file's whole content, as bytes ("" when it cannot be read).
inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class TempDeck {
public:
    TempDeck() {
        static std::atomic<unsigned> counter{0};
        std::random_device random;
        const auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
        const auto base = std::filesystem::temp_directory_path();
        bool created = false;
        for (int attempt = 0; attempt < 100 && !created; ++attempt) {
            root_ = base / ("lightning-unit-" + std::to_string(random()) + "-" +
                            std::to_string(ticks) + "-" + std::to_string(counter++));
            created = std::filesystem::create_directory(root_);
        }
        if (!created) throw std::runtime_error("cannot make a fresh temporary directory");
        dir_ = root_ / "deck";
        std::filesystem::create_directory(dir_);
    }
    ~TempDeck() {
        std::error_code ignored;
        std::filesystem::remove_all(root_, ignored);
    }
    TempDeck(const TempDeck&) = delete;
    TempDeck& operator=(const TempDeck&) = delete;

    // The deck folder (inside the unique temporary directory).
    const std::filesystem::path& path() const { return dir_; }
    // The unique temporary directory holding the deck folder; removed at the end.
    const std::filesystem::path& root() const { return root_; }

    // Writes a file in the deck folder (a dummy slide by default); `name` is UTF-8.
    TempDeck& file(std::string_view name, std::string_view content = "not really an image") {
        std::ofstream out(dir_ / std::string(name), std::ios::binary);  // POSIX: names are bytes
        out << content;
        if (!out) throw std::runtime_error("cannot write test file " + std::string(name));
        return *this;
    }

    // Writes deck.toml with the given text.
    TempDeck& toml(std::string_view text) { return file("deck.toml", text); }

    // Writes n dummy slides named slide1.png .. slideN.png.
    TempDeck& slides(int n, std::string_view prefix = "slide", std::string_view ext = ".png") {
        for (int i = 1; i <= n; ++i)
            file(std::string(prefix) + std::to_string(i) + std::string(ext));
        return *this;
    }

private:
    std::filesystem::path root_;
    std::filesystem::path dir_;
};

}  // namespace lightning::testing
