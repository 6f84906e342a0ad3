#pragma once
// A prepared deck: slides already decoded at the screen's size, kept on disk so that the next
// play (or the talk after `check --prepare`) starts from ready pixels instead of decoding (a 4K
// PNG takes ~100 ms to decode, its prepared copy ~2 ms to read). Entries are keyed by the
// source file's *content* (size, CRC-32 and Adler-32 of the bytes read through the one pinned
// descriptor that is then decoded), the page, the size decoded for and the decoder's revision,
// so a changed slide can never show old pixels.
//
// Nothing read back is trusted: an entry holds its own key, a checksum of its header and one of
// its pixels, and its size must fit the box it was asked for; anything else is a miss (the
// slide is decoded instead). The folder is shared with whatever else a user puts there: only
// files whose names and headers are the store's own are ever deleted, links are never followed,
// and a folder that is itself a link is never pruned. Writing is best effort: a full or
// read-only disk only means the next start decodes again; it is never an error.
// Pure C++ (no SDL): the pixel format is an opaque number the shell gives and gets back.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/deck/pinned_file.hpp"

namespace lightning {

struct PreparedPixels {
    std::uint32_t format = 0;  // the shell's pixel format code, 4 bytes per pixel
    int width = 0, height = 0;
    int source_width = 0, source_height = 0;  // the file's own size (for messages, layout)
};

// What an entry is kept under: its name (content, page, box, variant, revision) and the box it
// was decoded for, which a kept picture must fit.
struct PreparedKey {
    std::string name;
    int box_w = 0, box_h = 0;
    bool operator==(const PreparedKey&) const = default;
};

// The user's folder of prepared slides (PreparedSlides::default_folder from the environment).
std::filesystem::path prepared_slides_folder();

class PreparedSlides {
public:
    // Bump when decoding changes what a slide's pixels are (filter, colour handling), so that
    // older entries are never used.
    static constexpr int kDecoderRevision = 2;
    // Entries beyond this total are dropped, least recently used first, when one is written.
    static constexpr std::uintmax_t kDefaultLimitBytes = 2ull << 30;

    // `folder` empty: disabled (every lookup misses, nothing is written).
    explicit PreparedSlides(std::filesystem::path folder,
                            std::uintmax_t limit_bytes = kDefaultLimitBytes);
    // Finishes the writes handed to write_later().
    ~PreparedSlides();
    PreparedSlides(const PreparedSlides&) = delete;
    PreparedSlides& operator=(const PreparedSlides&) = delete;
    // $XDG_CACHE_HOME/lightning/slides, or ~/.cache/lightning/slides; empty without either.
    static std::filesystem::path default_folder(const char* xdg_cache_home, const char* home);

    // The key of `file` (page `page` of it, -1 for an image) shown at box_w x box_h in the pixel
    // variant `variant`; nullopt when the file cannot be read (the decoder will say why). The
    // content is hashed once per file and version (a 400 MB PDF once, not once a page).
    std::optional<PreparedKey> key_for(const PinnedFile& file, int page, int box_w, int box_h,
                                       int variant) const;
    // True for the names the store gives its entries (and nothing else in the folder).
    static bool is_entry_name(const std::string& name);

    // Where a hit's pixels go: rows of width * 4 bytes, `pitch` apart; null refuses the entry.
    using Allocate = std::function<std::uint8_t*(const PreparedPixels&, std::size_t& pitch)>;
    // Reads an entry into memory from `allocate` and checks it; nullopt on a miss. A damaged entry
    // (its checksums, key or size wrong) is a miss and is removed; a file that is not one of the
    // store's is a miss and is left alone. What `allocate` returned is then meaningless.
    std::optional<PreparedPixels> read(const PreparedKey& key, const Allocate& allocate) const;
    // Keeps pixels under `key` (atomically: written aside, then renamed). False when it could not
    // (and after the first failure the store stops trying, so a full disk costs one attempt).
    bool write(const PreparedKey& key, const PreparedPixels& info, const std::uint8_t* pixels,
               std::size_t pitch);

    // The same on a background thread of low priority, so that keeping a slide never delays
    // showing it (8 MB take ~15 ms to write): `packed` holds the rows, width * 4 bytes each. At
    // most kPendingWrites wait; more are dropped (decoded again next time). False when dropped.
    static constexpr size_t kPendingWrites = 2;
    bool write_later(const PreparedKey& key, const PreparedPixels& info,
                     std::vector<std::uint8_t> packed);
    // Blocks until every write handed to write_later() is done (tests, and the destructor).
    void finish_writes();

    // True when a sound entry is kept under `key`: every check read() makes, pixels included
    // (read through a small buffer, not into memory the size of the slide).
    bool has(const PreparedKey& key) const;
    const std::filesystem::path& folder() const { return folder_; }
    bool enabled() const { return !folder_.empty(); }

private:
    std::filesystem::path path_for(const PreparedKey& key) const;
    void keep_within_limit();
    void forget_damaged(const std::filesystem::path& entry) const;

    std::filesystem::path folder_;
    std::uintmax_t limit_bytes_;
    std::atomic<bool> write_failed_{false};
    std::once_flag pruned_;
    // Content fingerprints by file version, so that each file is read once for its key.
    mutable std::mutex fingerprints_mutex_;
    mutable std::map<FileIdentity, std::string> fingerprints_;

    struct PendingWrite {
        PreparedKey key;
        PreparedPixels info;
        std::vector<std::uint8_t> packed;
    };
    void run_writer();
    std::mutex pending_mutex_;
    std::condition_variable pending_changed_;
    std::deque<PendingWrite> pending_;
    bool writing_ = false, stopping_ = false;
    std::thread writer_;  // started by the first write_later()
};

}  // namespace lightning
