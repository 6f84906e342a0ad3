// PdfDocument for builds without poppler-cpp (LIGHTNING_PDF=OFF): every PDF deck is refused
// with a message that says how to get support, so `check` can tell the organizer the night before.
#include "core/deck/deck.hpp"
#include "core/deck/pdf_document.hpp"

namespace lightning {

bool pdf_supported() {
    return false;
}

struct PdfDocument::Impl {};

PdfDocument::PdfDocument(const std::filesystem::path& file) {
    throw DeckError("cannot play PDF deck " + file.string() +
                    ": this lightning was built without PDF support. Install poppler-cpp "
                    "(apt-get install libpoppler-cpp-dev) and rebuild, or export the slides as "
                    "PNG images into a folder");
}

PdfDocument::PdfDocument(const std::filesystem::path& file, const std::filesystem::path&)
    : PdfDocument(file) {}

PdfDocument::~PdfDocument() = default;

int PdfDocument::page_count() const {
    return 0;
}

PageImage PdfDocument::render(int, int, int) const {
    return {};
}

}  // namespace lightning
