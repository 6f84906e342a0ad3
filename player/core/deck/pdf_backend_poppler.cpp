// The PDF module (lightning-pdf.so, built when LIGHTNING_PDF is on): pages through poppler-cpp.
// PdfDocument (pdf_document_module.cpp) loads it on the first PDF.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

#include "core/deck/pdf_backend.hpp"

namespace lightning {

namespace {

// poppler prints syntax warnings for slightly broken PDFs to stderr; the deck check reports what
// matters (pages that cannot render), so its chatter is dropped. Setting it is idempotent.
void quiet_poppler() {
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
}

void* open_document(const char* path, PdfOpenProblem* problem) {
    quiet_poppler();
    std::unique_ptr<poppler::document> document(poppler::document::load_from_file(path));
    *problem = !document                ? PdfOpenProblem::NotPdf
               : document->is_locked()  ? PdfOpenProblem::Locked
               : document->pages() <= 0 ? PdfOpenProblem::NoPages
                                        : PdfOpenProblem::None;
    return *problem == PdfOpenProblem::None ? document.release() : nullptr;
}

int page_count(void* document) {
    return static_cast<poppler::document*>(document)->pages();
}

bool render_page(void* opened, int index, int box_w, int box_h, PageImage* out,
                 std::string* reason) {
    auto* document = static_cast<poppler::document*>(opened);
    std::unique_ptr<poppler::page> page(document->create_page(index));
    if (!page) {
        *reason = "page " + std::to_string(index + 1) + " cannot be read";
        return false;
    }
    const poppler::rectf box = page->page_rect(poppler::crop_box);
    double width_pt = box.width(), height_pt = box.height();
    const auto orientation = page->orientation();
    if (orientation == poppler::page::landscape || orientation == poppler::page::seascape)
        std::swap(width_pt, height_pt);
    if (!(width_pt > 0 && height_pt > 0)) {
        *reason = "page " + std::to_string(index + 1) + " has no size";
        return false;
    }
    // Resolution that makes the page exactly as large as fits the box (72 points an inch).
    const double scale = std::min(box_w / width_pt, box_h / height_pt);
    const double dpi = 72.0 * scale;

    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_hinting, true);
    renderer.set_image_format(poppler::image::format_argb32);
    const int want_w = std::clamp(static_cast<int>(std::lround(width_pt * scale)), 1, box_w);
    const int want_h = std::clamp(static_cast<int>(std::lround(height_pt * scale)), 1, box_h);
    const poppler::image image = renderer.render_page(page.get(), dpi, dpi, 0, 0, want_w, want_h);
    if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) {
        *reason = "page " + std::to_string(index + 1) + " cannot be rendered";
        return false;
    }

    // argb32 is a native-endian 0xAARRGGBB word per pixel; lightning's surfaces are R G B A bytes.
    out->width = image.width();
    out->height = image.height();
    out->rgba.resize(static_cast<size_t>(out->width) * out->height * 4);
    const char* rows = image.const_data();
    for (int y = 0; y < out->height; ++y) {
        const char* row = rows + static_cast<size_t>(y) * image.bytes_per_row();
        std::uint8_t* dst = out->rgba.data() + static_cast<size_t>(y) * out->width * 4;
        for (int x = 0; x < out->width; ++x) {
            std::uint32_t argb;
            std::memcpy(&argb, row + static_cast<size_t>(x) * 4, 4);
            dst[x * 4 + 0] = static_cast<std::uint8_t>(argb >> 16);
            dst[x * 4 + 1] = static_cast<std::uint8_t>(argb >> 8);
            dst[x * 4 + 2] = static_cast<std::uint8_t>(argb);
            dst[x * 4 + 3] = 255;  // the page is drawn on opaque white paper
        }
    }
    return true;
}

void close_document(void* document) {
    delete static_cast<poppler::document*>(document);
}

constexpr PdfBackend kBackend{kPdfBackendVersion, open_document, page_count, render_page,
                              close_document};

}  // namespace

}  // namespace lightning

extern "C" __attribute__((visibility("default"))) const lightning::PdfBackend*
lightning_pdf_backend() {
    return &lightning::kBackend;
}
