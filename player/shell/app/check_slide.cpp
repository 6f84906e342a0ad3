#include "shell/app/check_slide.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <span>

#include "core/deck/picture_integrity.hpp"
#include "shell/decode/image_decoders.hpp"
#include "shell/decode/slide_ink.hpp"

namespace lightning {

namespace {

// Only PNGs and JPEGs are mapped (and read whole): a 500 MB TIFF is left to its decoder.
bool png_or_jpeg(int fd) {
    uint8_t head[3] = {};
    if (::pread(fd, head, sizeof head, 0) != static_cast<ssize_t>(sizeof head)) return false;
    return (head[0] == 0x89 && head[1] == 'P' && head[2] == 'N') ||
           (head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF);
}

// A PNG or JPEG mapped into memory, read-only, for the structural check: no copy of a 6 MB slide
// through a buffer (a thousand of them are 6 GB). Empty when the file is something else or
// cannot be mapped (the decoder then explains why). A file cut shorter by another program during
// the few milliseconds it is mapped would end check with SIGBUS: a race accepted for speed.
class MappedFile {
public:
    explicit MappedFile(const std::filesystem::path& path) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return;
        struct stat info {};
        if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0 &&
            png_or_jpeg(fd)) {
            size_ = static_cast<size_t>(info.st_size);
            void* at = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
            if (at != MAP_FAILED) data_ = static_cast<const uint8_t*>(at);
        }
        ::close(fd);  // the mapping stays valid without it
    }
    ~MappedFile() {
        if (data_) ::munmap(const_cast<uint8_t*>(data_), size_);
    }
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    std::span<const uint8_t> bytes() const {
        return data_ ? std::span<const uint8_t>(data_, size_) : std::span<const uint8_t>();
    }

private:
    const uint8_t* data_ = nullptr;
    size_t size_ = 0;
};

}  // namespace

SlideRead read_slide(SlideSource& source, const Deck& deck, int k, int screen_w, int screen_h) {
    SlideRead out;
    const SlideEntry& slide = deck.slides.at(static_cast<size_t>(k));
    const bool page = slide.page >= 0;
    if (!page) {
        const PictureIntegrity integrity = check_picture_integrity(MappedFile(slide.path).bytes());
        out.header = integrity.header;
        // An interlaced PNG is decoded whole, not streamed: only the decoder can say whether it
        // is small enough to be shown (kMaxWholeSlidePixels).
        if (integrity.verdict == PictureIntegrity::Verdict::Whole &&
            !integrity.may_be_transparent &&
            !(integrity.header.interlaced && integrity.header.format == "png") &&
            size_refusal(out.header.width, out.header.height).empty()) {
            out.decoded.source_width = out.header.width;
            out.decoded.source_height = out.header.height;
            return out;
        }
        if (integrity.verdict == PictureIntegrity::Verdict::Damaged) out.damage = integrity.problem;
    }
    out.decoded = source.decode(k, page ? screen_w : 64, page ? screen_h : 64, nullptr,
                                PixelOrder::Rgba);  // slide_ink reads RGBA
    if (out.decoded.pixels) out.ink = slide_ink(*out.decoded.pixels);
    out.decoded.pixels.reset();
    if (!out.decoded.problem.empty()) out.damage.clear();  // the decoder's words say it better
    return out;
}

}  // namespace lightning
