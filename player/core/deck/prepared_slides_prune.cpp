// The prepared-slides folder kept within its limit: least recently used entries dropped, and the
// temporary files of writers that died removed. Only the store's own files are ever deleted.
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/deck/prepared_entry.hpp"
#include "core/deck/prepared_slides.hpp"

namespace lightning {

using namespace prepared_entry;

void PreparedSlides::keep_within_limit() {
    // A folder that is itself a link points somewhere the store does not own: never pruned.
    struct stat folder_info {};
    if (::lstat(folder_.c_str(), &folder_info) != 0 || !S_ISDIR(folder_info.st_mode)) return;
    Fd folder_fd(::open(folder_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW));
    if (folder_fd.get() < 0) return;
    DIR* listing = ::fdopendir(::dup(folder_fd.get()));
    if (!listing) return;
    struct Entry {
        std::string name;
        std::uintmax_t bytes;
        std::int64_t used_ns;
    };
    std::vector<Entry> entries;
    std::uintmax_t total = 0;
    // Ours by name, a regular file (not a link), and ours by its first bytes.
    const auto ours = [&](const char* name, struct stat& info, bool empty_is_ours) {
        if (::fstatat(folder_fd.get(), name, &info, AT_SYMLINK_NOFOLLOW) != 0 ||
            !S_ISREG(info.st_mode))
            return false;
        if (info.st_size == 0) return empty_is_ours;
        Fd fd(::openat(folder_fd.get(), name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
        std::uint8_t magic[8];
        return fd.get() >= 0 && pread_exactly(fd.get(), magic, sizeof magic, 0) &&
               starts_with_magic(magic);
    };
    while (const dirent* item = ::readdir(listing)) {
        const std::string name = item->d_name;
        struct stat info {};
        std::smatch aside;
        if (std::regex_match(name, aside, aside_pattern())) {
            // Left by a writer that was killed: its process is gone (kill 0 only asks).
            const long pid = std::strtol(aside[1].str().c_str(), nullptr, 10);
            if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH &&
                ours(name.c_str(), info, true))
                ::unlinkat(folder_fd.get(), name.c_str(), 0);
            continue;
        }
        if (!is_entry_name(name) || !ours(name.c_str(), info, false)) continue;
        const auto bytes = static_cast<std::uintmax_t>(info.st_size);
        entries.push_back({name, bytes,
                           static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 +
                               info.st_mtim.tv_nsec});
        total += bytes;
    }
    ::closedir(listing);
    if (total <= limit_bytes_) return;
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.used_ns < b.used_ns; });
    for (const auto& entry : entries) {
        if (total <= limit_bytes_ / 4 * 3) break;
        if (::unlinkat(folder_fd.get(), entry.name.c_str(), 0) == 0) total -= entry.bytes;
    }
}

}  // namespace lightning
