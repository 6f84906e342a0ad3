#include "shell/app/check_slide.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <span>
#include <vector>

#include "core/deck/picture_integrity.hpp"
#include "core/file/read_whole.hpp"
#include "core/time/clock.hpp"
#include "shell/decode/image_decoders.hpp"
#include "shell/decode/slide_ink.hpp"

namespace lightning {

namespace {

// Larger files are left to their decoder, which streams them: the structure check reads a
// slide whole, and no single slide file needs more than this.
constexpr size_t kMaxReadWhole = size_t{256} << 20;

// A PNG or JPEG read whole into `buffer` (this thread's own, reused from slide to slide) for the
// structural check; empty when the file is something else, too large, or cannot be read (the
// decoder then explains why). Read with pread, never mapped: a file cut short by another
// program while it is read yields fewer bytes (the check then finds it cut short), where a
// mapping would end check with SIGBUS.
std::span<const uint8_t> read_png_or_jpeg(const std::filesystem::path& path,
                                          std::vector<uint8_t>& buffer) {
    const auto read = read_whole_file(path, buffer, kMaxReadWhole);
    if (!read || read->size() < 3) return {};
    const uint8_t* b = read->data();
    const bool png = b[0] == 0x89 && b[1] == 'P' && b[2] == 'N';
    const bool jpeg = b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF;
    if (!png && !jpeg) return {};
    return *read;
}

}  // namespace

SlideRead read_slide(SlideSource& source, const Deck& deck, int k, int screen_w, int screen_h) {
    SlideRead out;
    const SlideEntry& slide = deck.slides.at(static_cast<size_t>(k));
    const bool page = slide.page >= 0;
    if (!page) {
        thread_local std::vector<uint8_t> buffer;  // one per check worker, as large as its
                                                   // largest slide so far
        const PictureIntegrity integrity =
            check_picture_integrity(read_png_or_jpeg(slide.path, buffer));
        out.header = integrity.header;
        // A whole PNG is vouched for (its pixel data was inflated); a JPEG's scan data has no
        // checksum, so only its decoder can say it will show. An interlaced PNG is decoded whole,
        // not streamed: only the decoder can say whether it is small enough to be shown
        // (kMaxWholeSlidePixels).
        if (integrity.verdict == PictureIntegrity::Verdict::Whole &&
            integrity.header.format == "png" && !integrity.may_be_transparent &&
            !integrity.header.interlaced &&
            size_refusal(out.header.width, out.header.height).empty()) {
            out.decoded.source_width = out.header.width;
            out.decoded.source_height = out.header.height;
            return out;
        }
        if (integrity.verdict == PictureIntegrity::Verdict::Damaged) out.damage = integrity.problem;
    }
    const SteadyClock clock;
    const Micros started = clock.now();
    out.decoded = source.decode(k, page ? screen_w : 64, page ? screen_h : 64, nullptr,
                                PixelOrder::Rgba);  // slide_ink reads RGBA
    if (page) out.page_ms = static_cast<double>((clock.now() - started).count()) / 1000.0;
    if (out.decoded.pixels) out.ink = slide_ink(*out.decoded.pixels);
    out.decoded.pixels.reset();
    if (!out.decoded.problem.empty()) out.damage.clear();  // the decoder's words say it better
    return out;
}

}  // namespace lightning
