#include "core/import/zip_archive.hpp"

#include <zip.h>

#include "core/import/import_error.hpp"

namespace lightning {

namespace {

// "1024 MB", "980 KB": sizes in messages.
std::string megabytes(std::uint64_t bytes) {
    if (bytes >= (1u << 20)) return std::to_string(bytes >> 20) + " MB";
    return std::to_string((bytes + 1023) >> 10) + " KB";
}

// libzip's message for an open error code, e.g. "Not a zip archive".
std::string zip_error_text(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

}  // namespace

void ZipArchive::Closer::operator()(zip* archive) const {
    zip_discard(archive);
}

std::string unsafe_entry_name(const std::string& name) {
    if (name.find('\0') != std::string::npos) return "it holds a NUL byte";
    if (name.find('\\') != std::string::npos) return "it holds a backslash";
    if (!name.empty() && name[0] == '/') return "it is an absolute path";
    if (name.size() >= 2 && name[1] == ':') return "it starts with a drive letter";
    size_t start = 0;
    while (start <= name.size()) {
        const size_t end = std::min(name.find('/', start), name.size());
        if (name.compare(start, end - start, "..") == 0 && end - start == 2)
            return "it climbs out of its folder with ..";
        start = end + 1;
    }
    return "";
}

ZipArchive::ZipArchive(const std::filesystem::path& file, const ZipLimits& limits)
    : file_(file), limits_(limits) {
    const std::string label = file.string();
    int code = 0;
    zip* opened = zip_open(label.c_str(), ZIP_RDONLY, &code);
    if (!opened) {
        if (code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS)
            throw ImportError(
                label + ": not a whole zip file (cut short or damaged: " + zip_error_text(code) +
                "); copy it again, or open it in PowerPoint or Impress and save it "
                "again");
        throw ImportError(label + ": cannot be read: " + zip_error_text(code));
    }
    archive_.reset(opened);

    const zip_int64_t count = zip_get_num_entries(opened, 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > limits_.entries)
        throw ImportError(label + ": holds " + std::to_string(count) + " parts, more than " +
                          std::to_string(limits_.entries) +
                          " that any presentation needs; refused (export a PDF instead)");
    std::uint64_t total = 0;
    entries_.reserve(static_cast<size_t>(count));
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(opened, static_cast<zip_uint64_t>(i), 0, &stat) != 0 || !stat.name)
            throw ImportError(label + ": part " + std::to_string(i) +
                              " cannot be read (a damaged zip); save the file again");
        ZipEntry entry{stat.name, stat.size, stat.comp_size};
        if (const std::string why = unsafe_entry_name(entry.name); !why.empty())
            throw ImportError(label + ": refused: the part named \"" + entry.name + "\": " + why +
                              ", which no PowerPoint or Impress file does; the file may be made "
                              "to trick unzippers: ask the speaker for a PDF");
        // A zip bomb: tiny compressed, huge inflated. Judged from the directory, before any
        // byte is inflated; read() also stops at the declared size, so a lying directory gains
        // nothing.
        const bool over_ratio =
            entry.size > limits_.ratio_floor &&
            entry.size / std::max<std::uint64_t>(entry.compressed, 1) > limits_.max_ratio;
        if (entry.size > limits_.entry_bytes || over_ratio)
            throw ImportError(label + ": refused: the part \"" + entry.name + "\" inflates to " +
                              megabytes(entry.size) + " from " + megabytes(entry.compressed) +
                              " (a zip bomb, or media far too large for a talk); ask the speaker "
                              "for a PDF");
        total += entry.size;
        if (total > limits_.total_bytes)
            throw ImportError(label + ": refused: its parts inflate to more than " +
                              megabytes(limits_.total_bytes) +
                              " together; ask the speaker for a PDF or a smaller file");
        index_.emplace(entry.name, entries_.size());
        entries_.push_back(std::move(entry));
    }
}

ZipArchive::~ZipArchive() = default;

const ZipEntry* ZipArchive::find(const std::string& name) const {
    const auto found = index_.find(name);
    return found == index_.end() ? nullptr : &entries_[found->second];
}

std::string ZipArchive::read(const std::string& name) const {
    const std::string where = file_.string() + ": part " + name;
    const auto found = index_.find(name);
    if (found == index_.end()) throw ImportError(where + " is missing; save the file again");
    const size_t index = found->second;
    const ZipEntry& entry = entries_[index];
    if (entry.size > limits_.xml_part_bytes)
        throw ImportError(where + " is " + megabytes(entry.size) + ", more than the " +
                          megabytes(limits_.xml_part_bytes) + " a presentation's part may be");
    std::unique_ptr<zip_file_t, FileCloser> opened(zip_fopen_index(archive_.get(), index, 0));
    if (!opened)
        throw ImportError(where + " cannot be opened (" + zip_strerror(archive_.get()) +
                          "); if it is password-protected, remove the password and save again");
    // One byte more than declared: an entry longer than its directory says is damaged.
    std::string bytes(static_cast<size_t>(entry.size) + 1, '\0');
    size_t got = 0;
    while (got < bytes.size()) {
        const zip_int64_t n = zip_fread(opened.get(), bytes.data() + got, bytes.size() - got);
        if (n < 0)
            throw ImportError(where + " is damaged (" + zip_file_strerror(opened.get()) +
                              "); copy the file again or save it again");
        if (n == 0) break;
        got += static_cast<size_t>(n);
    }
    if (got != entry.size)
        throw ImportError(where + " is damaged (its length is not what the zip says)");
    bytes.resize(got);
    return bytes;
}

}  // namespace lightning
