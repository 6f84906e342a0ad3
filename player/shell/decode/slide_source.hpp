#pragma once
// How one slide of a deck becomes pixels: image files through decode_slide, PDF pages through
// the deck's PDF (opened on first use). Every file is opened once (PinnedFile) and both hashed for
// its prepared key and decoded through that one descriptor, so a deck copied over mid-read can
// never leave one file's pixels under another file's key. A SlideSource belongs to one thread at a
// time, because a PDF document must not be shared between threads; the loader's worker has its own.
#include <atomic>
#include <memory>
#include <optional>
#include <string>

#include "core/deck/deck.hpp"
#include "core/deck/pdf_document.hpp"
#include "core/deck/pinned_file.hpp"
#include "core/deck/prepared_slides.hpp"
#include "core/time/clock.hpp"
#include "shell/decode/slide_image.hpp"

namespace lightning {

// Which decoded slides a SlideSource keeps in the prepared-slides folder, and how.
struct KeepRule {
    // Only slides whose decode took at least this long: a 1080p JPEG (~10 ms) is not worth 8 MB
    // on disk and the write, a 4K PNG or a PDF page (~60-150 ms) is. 0: every slide.
    Micros slower_than{0};
    // Written by the store's background thread (play: never delays the show) rather than before
    // decode() returns (check --prepare: done when it says so).
    bool in_background = false;
};

class SlideSource {
public:
    // `prepared` (may be null): slides decoded before at the same size are read from it, and
    // what is decoded here is kept in it as `keep` says.
    explicit SlideSource(const Deck& deck, PreparedSlides* prepared = nullptr, KeepRule keep = {});
    ~SlideSource();
    SlideSource(const SlideSource&) = delete;
    SlideSource& operator=(const SlideSource&) = delete;

    // Slide `slide` (0-based) fitted into box_w x box_h; a problem instead of pixels when it
    // cannot be shown. `abandoned` (may be null) turning true stops an image decode early.
    // Images come in the screen's order (they become textures) unless asked for RGBA; PDF pages
    // are always RGBA.
    DecodedSlide decode(int slide, int box_w, int box_h,
                        const std::atomic<bool>* abandoned = nullptr,
                        PixelOrder order = PixelOrder::Screen);

    // The key `slide` is prepared under for this size and order (nullopt: no store, or the file
    // cannot be read).
    std::optional<PreparedKey> prepared_key(int slide, int box_w, int box_h, PixelOrder order);

private:
    // The slide's file, pinned: a fresh open for an image, the deck's one open PDF for a page.
    std::shared_ptr<const PinnedFile> pin(int slide);
    DecodedSlide render_page(int page, int box_w, int box_h);
    DecodedSlide decode_fresh(int slide, const PinnedFile& file, int box_w, int box_h,
                              const std::atomic<bool>* abandoned, PixelOrder order);

    const Deck& deck_;
    PreparedSlides* prepared_;
    KeepRule keep_;
    std::shared_ptr<const PinnedFile> pdf_file_;  // the PDF pdf_ reads, opened once
    std::unique_ptr<PdfDocument> pdf_;
    std::string pdf_problem_;  // why the PDF could not be opened (then every page says so)
};

}  // namespace lightning
