#include "core/deck/prepared_slides.hpp"

#include <fcntl.h>
#include <libdeflate.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

namespace lightning {

namespace {

constexpr char kMagic[8] = {'L', 'T', 'S', 'L', 'I', 'D', 'E', '1'};
constexpr std::size_t kHeaderBytes = 32;
constexpr int kMaxSide = 20'000;  // as the decoders' own limit
constexpr const char* kExtension = ".slide";

class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }
    int release() { return std::exchange(fd_, -1); }

private:
    int fd_;
};

void put32(std::uint8_t* at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) at[i] = static_cast<std::uint8_t>(value >> (8 * i));
}
std::uint32_t get32(const std::uint8_t* at) {
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i) value |= static_cast<std::uint32_t>(at[i]) << (8 * i);
    return value;
}

bool read_fully(int fd, std::uint8_t* to, std::size_t bytes, off_t offset) {
    while (bytes > 0) {
        const ssize_t got = ::pread(fd, to, bytes, offset);
        if (got <= 0) return false;
        to += got;
        bytes -= static_cast<std::size_t>(got);
        offset += got;
    }
    return true;
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

bool PreparedSlides::write_later(const std::string& key, const PreparedPixels& info,
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

std::optional<std::string> PreparedSlides::key_for(const std::filesystem::path& file, int page,
                                                   int box_w, int box_h, int variant) const {
    if (!enabled()) return std::nullopt;
    Fd fd(::open(file.c_str(), O_RDONLY | O_CLOEXEC));
    struct stat info {};
    if (fd.get() < 0 || ::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode) ||
        info.st_size <= 0)
        return std::nullopt;
    const auto size = static_cast<std::size_t>(info.st_size);
    void* mapped = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd.get(), 0);
    if (mapped == MAP_FAILED) return std::nullopt;
    // Two independent 32-bit checks and the length: a changed slide gets a new key.
    const std::uint32_t crc = libdeflate_crc32(0, mapped, size);
    const std::uint32_t adler = libdeflate_adler32(1, mapped, size);
    ::munmap(mapped, size);
    char key[128];
    std::snprintf(key, sizeof key, "%08x%08x-%zu-p%d-%dx%d-v%d-r%d", crc, adler, size, page, box_w,
                  box_h, variant, kDecoderRevision);
    return std::string(key);
}

std::filesystem::path PreparedSlides::path_for(const std::string& key) const {
    return folder_ / (key + kExtension);
}

namespace {

// The header of an open entry, when it is one of ours and whole (its size matches its pixels).
std::optional<PreparedPixels> sound_header(int fd) {
    struct stat info {};
    std::uint8_t header[kHeaderBytes];
    if (::fstat(fd, &info) != 0 || !read_fully(fd, header, kHeaderBytes, 0) ||
        std::memcmp(header, kMagic, sizeof kMagic) != 0)
        return std::nullopt;
    PreparedPixels pixels;
    pixels.format = get32(header + 8);
    pixels.width = static_cast<int>(get32(header + 12));
    pixels.height = static_cast<int>(get32(header + 16));
    pixels.source_width = static_cast<int>(get32(header + 20));
    pixels.source_height = static_cast<int>(get32(header + 24));
    const bool whole = pixels.width > 0 && pixels.height > 0 && pixels.width <= kMaxSide &&
                       pixels.height <= kMaxSide &&
                       static_cast<std::uintmax_t>(info.st_size) ==
                           kHeaderBytes + static_cast<std::uintmax_t>(pixels.width) * 4 *
                                              static_cast<std::uintmax_t>(pixels.height);
    if (!whole) return std::nullopt;
    return pixels;
}

}  // namespace

bool PreparedSlides::has(const std::string& key) const {
    if (!enabled()) return false;
    Fd fd(::open(path_for(key).c_str(), O_RDONLY | O_CLOEXEC));
    return fd.get() >= 0 && sound_header(fd.get()).has_value();
}

std::optional<PreparedPixels> PreparedSlides::read(const std::string& key,
                                                   const Allocate& allocate) const {
    if (!enabled()) return std::nullopt;
    const std::filesystem::path path = path_for(key);
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) return std::nullopt;
    const std::optional<PreparedPixels> header = sound_header(fd.get());
    if (!header) {  // cut short by a crash or a full disk, or not ours: decode, and forget it
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        return std::nullopt;
    }
    const PreparedPixels pixels = *header;
    std::size_t pitch = 0;
    std::uint8_t* to = allocate(pixels, pitch);
    if (!to) return std::nullopt;
    const std::size_t row = static_cast<std::size_t>(pixels.width) * 4;
    if (pitch == row) {
        if (!read_fully(fd.get(), to, row * static_cast<std::size_t>(pixels.height), kHeaderBytes))
            return std::nullopt;
    } else {
        for (int y = 0; y < pixels.height; ++y)
            if (!read_fully(fd.get(), to + static_cast<std::size_t>(y) * pitch, row,
                            static_cast<off_t>(kHeaderBytes + static_cast<std::size_t>(y) * row)))
                return std::nullopt;
    }
    ::futimens(fd.get(), nullptr);  // used now: the last to be dropped when the folder is full
    return pixels;
}

bool PreparedSlides::write(const std::string& key, const PreparedPixels& info,
                           const std::uint8_t* pixels, std::size_t pitch) {
    if (!enabled() || write_failed_ || info.width <= 0 || info.height <= 0) return false;
    std::error_code error;
    std::filesystem::create_directories(folder_, error);
    const std::filesystem::path path = path_for(key);
    // Written aside and renamed: a reader (another lightning) never sees half an entry.
    const std::filesystem::path aside =
        path.string() + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(++written_);
    Fd fd(::open(aside.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644));
    bool ok = !error && fd.get() >= 0;
    if (ok) {
        std::uint8_t header[kHeaderBytes] = {};
        std::memcpy(header, kMagic, sizeof kMagic);
        put32(header + 8, info.format);
        put32(header + 12, static_cast<std::uint32_t>(info.width));
        put32(header + 16, static_cast<std::uint32_t>(info.height));
        put32(header + 20, static_cast<std::uint32_t>(info.source_width));
        put32(header + 24, static_cast<std::uint32_t>(info.source_height));
        ok = write_fully(fd.get(), header, kHeaderBytes);
        const std::size_t row = static_cast<std::size_t>(info.width) * 4;
        if (ok && pitch == row)
            ok = write_fully(fd.get(), pixels, row * static_cast<std::size_t>(info.height));
        else
            for (int y = 0; ok && y < info.height; ++y)
                ok = write_fully(fd.get(), pixels + static_cast<std::size_t>(y) * pitch, row);
        ok = ::close(fd.release()) == 0 && ok;
        ok = ok && ::rename(aside.c_str(), path.c_str()) == 0;
    }
    if (!ok) {
        ::unlink(aside.c_str());
        write_failed_ = true;
        return false;
    }
    std::call_once(pruned_, [this] { keep_within_limit(); });
    return true;
}

void PreparedSlides::keep_within_limit() {
    struct Entry {
        std::filesystem::path path;
        std::uintmax_t bytes;
        std::filesystem::file_time_type used;
    };
    std::vector<Entry> entries;
    std::uintmax_t total = 0;
    std::error_code error;
    for (const auto& item : std::filesystem::directory_iterator(folder_, error)) {
        std::error_code item_error;
        if (!item.is_regular_file(item_error)) continue;
        const std::string name = item.path().filename().string();
        const auto bytes = item.file_size(item_error);
        const auto used = item.last_write_time(item_error);
        if (item_error) continue;
        if (const auto aside = name.find(".tmp-"); aside != std::string::npos) {
            // Left by a writer that was killed: its process is gone (kill 0 only asks).
            const long pid = std::strtol(name.c_str() + aside + 5, nullptr, 10);
            if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
                std::filesystem::remove(item.path(), item_error);
            continue;
        }
        entries.push_back({item.path(), bytes, used});
        total += bytes;
    }
    if (total <= limit_bytes_) return;
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.used < b.used; });
    for (const auto& entry : entries) {
        if (total <= limit_bytes_ / 4 * 3) break;
        std::error_code remove_error;
        if (std::filesystem::remove(entry.path, remove_error)) total -= entry.bytes;
    }
}

}  // namespace lightning
