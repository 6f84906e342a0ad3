#include "core/deck/prepared_slides.hpp"

#include <fcntl.h>
#include <libdeflate.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <regex>
#include <utility>
#include <vector>

#include "core/deck/prepared_entry.hpp"
#include "core/file/temporary_beside.hpp"

namespace lightning {

using namespace prepared_entry;

namespace {

void put32(std::uint8_t* at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) at[i] = static_cast<std::uint8_t>(value >> (8 * i));
}
std::uint32_t get32(const std::uint8_t* at) {
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) value |= static_cast<std::uint32_t>(at[i]) << (8 * i);
    return value;
}

bool write_fully(int fd, const std::uint8_t* from, std::size_t bytes) {
    while (bytes > 0) {
        const ssize_t put = ::write(fd, from, bytes);
        if (put <= 0) return false;
        from += put;
        bytes -= static_cast<std::size_t>(put);
    }
    return true;
}

// The checksum of a header: all of it but its own word.
std::uint32_t header_checksum(const std::uint8_t* header) {
    std::uint32_t crc = libdeflate_crc32(0, header, 32);
    return libdeflate_crc32(crc, header + kKeyAt, kKeyRoom);
}

// Opens an entry of the folder for reading, never through a link.
int open_entry(const std::filesystem::path& path) {
    return ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
}

}  // namespace

PreparedSlides::PreparedSlides(std::filesystem::path folder, std::uintmax_t limit_bytes)
    : folder_(std::move(folder)), limit_bytes_(limit_bytes) {}

PreparedSlides::~PreparedSlides() {
    finish_writes();
    {
        std::lock_guard lock(pending_mutex_);
        stopping_ = true;
    }
    pending_changed_.notify_all();
    if (writer_.joinable()) writer_.join();
}

bool PreparedSlides::write_later(const PreparedKey& key, const PreparedPixels& info,
                                 std::vector<std::uint8_t> packed) {
    if (!enabled() || write_failed_) return false;
    {
        std::lock_guard lock(pending_mutex_);
        if (pending_.size() >= kPendingWrites) return false;
        pending_.push_back({key, info, std::move(packed)});
        if (!writer_.joinable()) writer_ = std::thread([this] { run_writer(); });
    }
    pending_changed_.notify_all();
    return true;
}

void PreparedSlides::finish_writes() {
    std::unique_lock lock(pending_mutex_);
    pending_changed_.wait(lock, [this] { return pending_.empty() && !writing_; });
}

void PreparedSlides::run_writer() {
    // Nice 10 for this thread alone (Linux schedules threads as processes): the show's own
    // threads, and the decode of the next slide, always come first.
    ::setpriority(PRIO_PROCESS, static_cast<id_t>(::gettid()), 10);
    std::unique_lock lock(pending_mutex_);
    for (;;) {
        pending_changed_.wait(lock, [this] { return stopping_ || !pending_.empty(); });
        if (pending_.empty()) return;  // stopping, nothing left
        PendingWrite job = std::move(pending_.front());
        pending_.pop_front();
        writing_ = true;
        lock.unlock();
        write(job.key, job.info, job.packed.data(), static_cast<size_t>(job.info.width) * 4);
        job.packed = {};
        lock.lock();
        writing_ = false;
        pending_changed_.notify_all();
    }
}

std::filesystem::path PreparedSlides::default_folder(const char* xdg_cache_home, const char* home) {
    // XDG: a relative XDG_CACHE_HOME is invalid and is ignored.
    if (xdg_cache_home && *xdg_cache_home == '/')
        return std::filesystem::path(xdg_cache_home) / "lightning" / "slides";
    if (home && *home) return std::filesystem::path(home) / ".cache" / "lightning" / "slides";
    return {};
}

std::filesystem::path prepared_slides_folder() {
    return PreparedSlides::default_folder(std::getenv("XDG_CACHE_HOME"), std::getenv("HOME"));
}

bool PreparedSlides::is_entry_name(const std::string& name) {
    return std::regex_match(name, entry_pattern());
}

std::optional<PreparedKey> PreparedSlides::key_for(const PinnedFile& file, int page, int box_w,
                                                   int box_h, int variant) const {
    if (!enabled() || !file.ok() || file.identity().size == 0) return std::nullopt;
    std::optional<std::string> content;
    {
        std::lock_guard lock(fingerprints_mutex_);
        if (const auto known = fingerprints_.find(file.identity()); known != fingerprints_.end())
            content = known->second;
    }
    if (!content) {
        // Outside the lock: a 400 MB PDF takes a moment, and the other loader may want another
        // file's key meanwhile. Two threads hashing the same new file both get the same answer.
        content = file.fingerprint();
        if (!content) return std::nullopt;
        std::lock_guard lock(fingerprints_mutex_);
        if (fingerprints_.size() > 4096) fingerprints_.clear();  // a very long event: start over
        fingerprints_.emplace(file.identity(), *content);
    }
    char name[160];
    std::snprintf(name, sizeof name, "%s-p%d-%dx%d-v%d-r%d", content->c_str(), page, box_w, box_h,
                  variant, kDecoderRevision);
    return PreparedKey{name, box_w, box_h};
}

std::filesystem::path PreparedSlides::path_for(const PreparedKey& key) const {
    return folder_ / (key.name + kExtension);
}

namespace {

// What an entry's header says, when it is an entry of the current layout, under `key`, whole
// (its file's size matches its pixels) and of a size that fits the box it was kept for.
struct EntryHeader {
    PreparedPixels pixels;
    std::uint32_t pixels_crc = 0;
};
enum class EntryVerdict { Sound, Foreign, Damaged };

EntryVerdict check_header(int fd, const PreparedKey& key, EntryHeader& out) {
    struct stat info {};
    std::uint8_t header[kHeaderBytes];
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) return EntryVerdict::Foreign;
    if (!pread_exactly(fd, header, kHeaderBytes, 0))
        return info.st_size >= 8 ? EntryVerdict::Damaged : EntryVerdict::Foreign;
    if (std::memcmp(header, kMagic, sizeof kMagic) != 0) return EntryVerdict::Foreign;
    if (header_checksum(header) != get32(header + 32)) return EntryVerdict::Damaged;
    const std::string kept_key(reinterpret_cast<const char*>(header + kKeyAt),
                               strnlen(reinterpret_cast<const char*>(header + kKeyAt), kKeyRoom));
    if (kept_key != key.name) return EntryVerdict::Damaged;  // another slide's pixels
    PreparedPixels& pixels = out.pixels;
    pixels.format = get32(header + 8);
    pixels.width = static_cast<int>(get32(header + 12));
    pixels.height = static_cast<int>(get32(header + 16));
    pixels.source_width = static_cast<int>(get32(header + 20));
    pixels.source_height = static_cast<int>(get32(header + 24));
    out.pixels_crc = get32(header + 28);
    // A fitted picture is no larger than its box and meets it on one side (within rounding).
    const bool fits = pixels.width > 0 && pixels.height > 0 && pixels.width <= key.box_w &&
                      pixels.height <= key.box_h && pixels.width <= kMaxSide &&
                      pixels.height <= kMaxSide &&
                      (pixels.width >= key.box_w - 2 || pixels.height >= key.box_h - 2) &&
                      pixels.source_width > 0 && pixels.source_height > 0;
    const bool whole = static_cast<std::uintmax_t>(info.st_size) ==
                       kHeaderBytes + static_cast<std::uintmax_t>(pixels.width) * 4 *
                                          static_cast<std::uintmax_t>(pixels.height);
    return fits && whole ? EntryVerdict::Sound : EntryVerdict::Damaged;
}

}  // namespace

void PreparedSlides::forget_damaged(const std::filesystem::path& entry) const {
    // Only an entry whose name is the store's own, in the store's folder, and never a link (the
    // entry was opened with O_NOFOLLOW, so it is a regular file of that name).
    if (is_entry_name(entry.filename().string())) ::unlink(entry.c_str());
}

bool PreparedSlides::has(const PreparedKey& key) const {
    if (!enabled()) return false;
    const std::filesystem::path path = path_for(key);
    Fd fd(open_entry(path));
    if (fd.get() < 0) return false;
    EntryHeader header;
    const EntryVerdict verdict = check_header(fd.get(), key, header);
    if (verdict != EntryVerdict::Sound) {
        if (verdict == EntryVerdict::Damaged) forget_damaged(path);
        return false;
    }
    std::vector<std::uint8_t> piece(1 << 20);
    std::uintmax_t left = static_cast<std::uintmax_t>(header.pixels.width) * 4 *
                          static_cast<std::uintmax_t>(header.pixels.height);
    off_t at = kHeaderBytes;
    std::uint32_t crc = 0;
    while (left > 0) {
        const auto bytes = static_cast<std::size_t>(std::min<std::uintmax_t>(left, piece.size()));
        if (!pread_exactly(fd.get(), piece.data(), bytes, at)) return false;
        crc = libdeflate_crc32(crc, piece.data(), bytes);
        left -= bytes;
        at += static_cast<off_t>(bytes);
    }
    if (crc != header.pixels_crc) {
        forget_damaged(path);
        return false;
    }
    return true;
}

std::optional<PreparedPixels> PreparedSlides::read(const PreparedKey& key,
                                                   const Allocate& allocate) const {
    if (!enabled()) return std::nullopt;
    const std::filesystem::path path = path_for(key);
    Fd fd(open_entry(path));
    if (fd.get() < 0) return std::nullopt;
    EntryHeader header;
    const EntryVerdict verdict = check_header(fd.get(), key, header);
    if (verdict != EntryVerdict::Sound) {  // cut short by a crash, damaged, or not ours: decode
        if (verdict == EntryVerdict::Damaged) forget_damaged(path);
        return std::nullopt;
    }
    const PreparedPixels pixels = header.pixels;
    std::size_t pitch = 0;
    std::uint8_t* to = allocate(pixels, pitch);
    if (!to) return std::nullopt;
    const std::size_t row = static_cast<std::size_t>(pixels.width) * 4;
    std::uint32_t crc = 0;
    if (pitch == row) {
        const std::size_t bytes = row * static_cast<std::size_t>(pixels.height);
        if (!pread_exactly(fd.get(), to, bytes, kHeaderBytes)) return std::nullopt;
        crc = libdeflate_crc32(0, to, bytes);
    } else {
        for (int y = 0; y < pixels.height; ++y) {
            std::uint8_t* line = to + static_cast<std::size_t>(y) * pitch;
            if (!pread_exactly(
                    fd.get(), line, row,
                    static_cast<off_t>(kHeaderBytes + static_cast<std::size_t>(y) * row)))
                return std::nullopt;
            crc = libdeflate_crc32(crc, line, row);
        }
    }
    // The pixels as read, not as written: a flipped bit on disk is a miss, never a slide.
    if (crc != header.pixels_crc) {
        forget_damaged(path);
        return std::nullopt;
    }
    ::futimens(fd.get(), nullptr);  // used now: the last to be dropped when the folder is full
    return pixels;
}

bool PreparedSlides::write(const PreparedKey& key, const PreparedPixels& info,
                           const std::uint8_t* pixels, std::size_t pitch) {
    if (!enabled() || write_failed_ || info.width <= 0 || info.height <= 0 ||
        key.name.size() >= kKeyRoom || !is_entry_name(key.name + kExtension))
        return false;
    std::error_code error;
    std::filesystem::create_directories(folder_, error);
    const std::filesystem::path path = path_for(key);
    // Written aside and renamed: a reader (another lightning) never sees half an entry. Named
    // "<entry>.tmp-<pid>-<n>", so pruning knows a dead writer's leftover by its pid.
    TemporaryBeside aside(path, {path.filename().string() + ".tmp-", ""});
    bool ok = !error && aside.made();
    if (ok) {
        const std::size_t row = static_cast<std::size_t>(info.width) * 4;
        std::uint32_t crc = 0;
        for (int y = 0; y < info.height; ++y)
            crc = libdeflate_crc32(crc, pixels + static_cast<std::size_t>(y) * pitch, row);
        std::uint8_t header[kHeaderBytes] = {};
        std::memcpy(header, kMagic, sizeof kMagic);
        put32(header + 8, info.format);
        put32(header + 12, static_cast<std::uint32_t>(info.width));
        put32(header + 16, static_cast<std::uint32_t>(info.height));
        put32(header + 20, static_cast<std::uint32_t>(info.source_width));
        put32(header + 24, static_cast<std::uint32_t>(info.source_height));
        put32(header + 28, crc);
        std::memcpy(header + kKeyAt, key.name.data(), key.name.size());
        put32(header + 32, header_checksum(header));
        ok = write_fully(aside.fd(), header, kHeaderBytes);
        if (ok && pitch == row)
            ok = write_fully(aside.fd(), pixels, row * static_cast<std::size_t>(info.height));
        else
            for (int y = 0; ok && y < info.height; ++y)
                ok = write_fully(aside.fd(), pixels + static_cast<std::size_t>(y) * pitch, row);
        // Not flushed to the disk: an entry a power cut damaged fails its checksum and is a miss.
        ok = aside.close(false) == 0 && ok;
        // Only over nothing or over an entry of ours: a link or a stranger's file of that name
        // stays (renaming over a link replaces the link itself, never what it points to).
        struct stat there {};
        if (ok && ::lstat(path.c_str(), &there) == 0 && !S_ISREG(there.st_mode)) return false;
        ok = ok && aside.commit(false) == 0;
    }
    if (!ok) {
        write_failed_ = true;
        return false;
    }
    std::call_once(pruned_, [this] { keep_within_limit(); });
    return true;
}

}  // namespace lightning
