#pragma once
// A PPTX or ODP file's parts, read through libzip with limits, because the file comes from
// someone else: every entry's size, the total and the compression ratio are capped (a zip bomb is
// refused before anything is inflated), and entry names that could leave a folder (`..`, an
// absolute path, a drive letter) are refused even though import never writes an entry out.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct zip;

namespace lightning {

struct ZipLimits {
    std::uint64_t entry_bytes = 512ull << 20;  // one entry, uncompressed
    std::uint64_t total_bytes = 2ull << 30;    // every entry together, uncompressed
    std::uint64_t max_ratio = 200;             // uncompressed / compressed, judged past...
    std::uint64_t ratio_floor = 1ull << 20;    // ...this many uncompressed bytes
    std::uint64_t entries = 200000;
    std::uint64_t xml_part_bytes = 64ull << 20;  // read() refuses larger parts
};

struct ZipEntry {
    std::string name;
    std::uint64_t size = 0;        // uncompressed, as the central directory says
    std::uint64_t compressed = 0;  // as stored
};

class ZipArchive {
public:
    // Opens and vets the whole directory; throws ImportError naming the file and what to do.
    ZipArchive(const std::filesystem::path& file, const ZipLimits& limits = {});
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    const std::vector<ZipEntry>& entries() const { return entries_; }
    const ZipEntry* find(const std::string& name) const;
    // The entry's bytes (at most limits.xml_part_bytes, and never more than its declared size).
    // Throws ImportError naming the file and the part when it is missing or damaged.
    std::string read(const std::string& name) const;
    const std::filesystem::path& file() const { return file_; }

private:
    struct Closer {
        void operator()(zip* archive) const;
    };
    std::filesystem::path file_;
    ZipLimits limits_;
    std::unique_ptr<zip, Closer> archive_;
    std::vector<ZipEntry> entries_;
    std::unordered_map<std::string, size_t> index_;  // name -> entries_ index
};

// Why an entry name is refused ("" when it is fine): `..` components, absolute paths, drive
// letters, backslashes, NUL bytes.
std::string unsafe_entry_name(const std::string& name);

}  // namespace lightning
