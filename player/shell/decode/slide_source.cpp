#include "shell/decode/slide_source.hpp"

#include <cstring>
#include <optional>
#include <vector>

namespace lightning {

SlideSource::SlideSource(const Deck& deck, PreparedSlides* prepared, KeepRule keep)
    : deck_(deck), prepared_(prepared), keep_(keep) {}
SlideSource::~SlideSource() = default;

namespace {

// A prepared slide's pixels, read straight into a new surface of the format they were kept in.
std::optional<DecodedSlide> read_prepared(const PreparedSlides& prepared, const PreparedKey& key) {
    SurfacePtr surface;
    const auto found = prepared.read(key, [&surface](const PreparedPixels& info, size_t& pitch) {
        if (info.format != SDL_PIXELFORMAT_RGBA32 && info.format != SDL_PIXELFORMAT_RGB888 &&
            info.format != SDL_PIXELFORMAT_ARGB8888)
            return static_cast<uint8_t*>(nullptr);  // not a format this build decodes to
        surface.reset(SDL_CreateRGBSurfaceWithFormat(0, info.width, info.height, 32, info.format));
        if (!surface) return static_cast<uint8_t*>(nullptr);
        pitch = static_cast<size_t>(surface->pitch);
        return static_cast<uint8_t*>(surface->pixels);
    });
    if (!found) return std::nullopt;
    DecodedSlide out;
    out.pixels = std::move(surface);
    out.source_width = found->source_width;
    out.source_height = found->source_height;
    out.from_prepared = true;
    return out;
}

}  // namespace

std::shared_ptr<const PinnedFile> SlideSource::pin(int slide) {
    const SlideEntry& entry = deck_.slides.at(static_cast<size_t>(slide));
    if (entry.page < 0) return std::make_shared<const PinnedFile>(entry.path);
    if (!pdf_file_) pdf_file_ = std::make_shared<const PinnedFile>(deck_.pdf);
    return pdf_file_;
}

std::optional<PreparedKey> SlideSource::prepared_key(int slide, int box_w, int box_h,
                                                     PixelOrder order) {
    if (!prepared_) return std::nullopt;
    const SlideEntry& entry = deck_.slides.at(static_cast<size_t>(slide));
    // PDF pages come in one order whatever is asked; images in the order asked.
    const int variant = entry.page >= 0 ? 0 : static_cast<int>(order);
    return prepared_->key_for(*pin(slide), entry.page, box_w, box_h, variant);
}

DecodedSlide SlideSource::decode(int slide, int box_w, int box_h,
                                 const std::atomic<bool>* abandoned, PixelOrder order) {
    const std::shared_ptr<const PinnedFile> file = pin(slide);
    if (!prepared_) return decode_fresh(slide, *file, box_w, box_h, abandoned, order);
    const SlideEntry& entry = deck_.slides.at(static_cast<size_t>(slide));
    const int variant = entry.page >= 0 ? 0 : static_cast<int>(order);
    const auto key = prepared_->key_for(*file, entry.page, box_w, box_h, variant);
    if (key)
        if (auto hit = read_prepared(*prepared_, *key)) return std::move(*hit);
    const SteadyClock clock;
    const Micros started = clock.now();
    DecodedSlide decoded = decode_fresh(slide, *file, box_w, box_h, abandoned, order);
    const SDL_Surface* pixels = decoded.pixels.get();
    // Kept only when the file is still the one hashed for the key: written to while it was
    // decoded (copied over in place), its pixels may be of neither version.
    if (!key || !pixels || !decoded.problem.empty() || (abandoned && *abandoned) ||
        SDL_MUSTLOCK(pixels) != 0 || clock.now() - started < keep_.slower_than ||
        !file->unchanged())
        return decoded;
    const PreparedPixels info{pixels->format->format, pixels->w, pixels->h, decoded.source_width,
                              decoded.source_height};
    const auto* rows = static_cast<const uint8_t*>(pixels->pixels);
    if (!keep_.in_background) {
        decoded.kept = prepared_->write(*key, info, rows, static_cast<size_t>(pixels->pitch));
        return decoded;
    }
    // A copy for the writer (a few ms): the surface itself goes to the screen and is freed there.
    const size_t row = static_cast<size_t>(pixels->w) * 4;
    std::vector<uint8_t> packed(row * static_cast<size_t>(pixels->h));
    for (int y = 0; y < pixels->h; ++y)
        std::memcpy(packed.data() + static_cast<size_t>(y) * row,
                    rows + static_cast<size_t>(y) * static_cast<size_t>(pixels->pitch), row);
    prepared_->write_later(*key, info, std::move(packed));
    return decoded;
}

DecodedSlide SlideSource::decode_fresh(int slide, const PinnedFile& file, int box_w, int box_h,
                                       const std::atomic<bool>* abandoned, PixelOrder order) {
    const SlideEntry& entry = deck_.slides.at(static_cast<size_t>(slide));
    if (entry.page >= 0) return render_page(entry.page, box_w, box_h);
    if (!file.ok()) return decode_slide(entry.path, box_w, box_h, abandoned, order);  // says why
    const std::filesystem::path through = file.reopen_path();
    return decode_slide(entry.path, box_w, box_h, abandoned, order, &through);
}

DecodedSlide SlideSource::render_page(int page, int box_w, int box_h) {
    DecodedSlide out;
    if (!pdf_ && pdf_problem_.empty()) {
        try {
            if (!pdf_file_) pdf_file_ = std::make_shared<const PinnedFile>(deck_.pdf);
            // Through the pinned descriptor: the pages are those of the file that was hashed.
            pdf_ = pdf_file_->ok()
                       ? std::make_unique<PdfDocument>(deck_.pdf, pdf_file_->reopen_path())
                       : std::make_unique<PdfDocument>(deck_.pdf);
        } catch (const std::exception& error) {
            pdf_problem_ = error.what();  // e.g. the file changed since the deck was loaded
        }
    }
    if (!pdf_) {
        out.problem = pdf_problem_;
        return out;
    }
    try {
        const PageImage image = pdf_->render(page, box_w, box_h);
        out.source_width = image.width;
        out.source_height = image.height;
        out.pixels = make_rgba_surface(image.width, image.height);
        const size_t row_bytes = static_cast<size_t>(image.width) * 4;
        for (int y = 0; y < image.height; ++y)
            std::memcpy(static_cast<Uint8*>(out.pixels->pixels) +
                            static_cast<size_t>(y) * out.pixels->pitch,
                        image.rgba.data() + y * row_bytes, row_bytes);
    } catch (const std::exception& error) {
        out.pixels.reset();
        out.problem = std::string("the PDF page cannot be drawn: ") + error.what();
    }
    return out;
}

}  // namespace lightning
