#include "shell/decode/slide_source.hpp"

#include <cstring>

namespace lightning {

SlideSource::SlideSource(const Deck& deck) : deck_(deck) {}
SlideSource::~SlideSource() = default;

DecodedSlide SlideSource::decode(int slide, int box_w, int box_h,
                                 const std::atomic<bool>* abandoned, PixelOrder order) {
    const SlideEntry& entry = deck_.slides.at(static_cast<size_t>(slide));
    if (entry.page >= 0) return render_page(entry.page, box_w, box_h);
    return decode_slide(entry.path, box_w, box_h, abandoned, order);
}

DecodedSlide SlideSource::render_page(int page, int box_w, int box_h) {
    DecodedSlide out;
    if (!pdf_ && pdf_problem_.empty()) {
        try {
            pdf_ = std::make_unique<PdfDocument>(deck_.pdf);
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
