#pragma once
// The PDF backend as a plug-in: poppler and the ~10 libraries it pulls in (NSS, lcms, OpenJPEG)
// cost every start of lightning about 6 ms of dynamic linking, yet only PDF decks need them. So
// poppler lives in a module (lightning-pdf.so) that PdfDocument loads the first time a PDF is
// opened. This is the interface between the two: plain functions behind one exported symbol,
// built by the same compiler in the same build (so C++ types may cross).
#include <string>

#include "core/deck/pdf_document.hpp"

namespace lightning {

enum class PdfOpenProblem { None, NotPdf, Locked, NoPages };

struct PdfBackend {
    int version;
    // A document, or null with the problem set.
    void* (*open)(const char* path, PdfOpenProblem* problem);
    int (*page_count)(void* document);
    // Page `index` as large as fits box_w x box_h; false with `reason` when it cannot be drawn.
    bool (*render)(void* document, int index, int box_w, int box_h, PageImage* out,
                   std::string* reason);
    void (*close)(void* document);
};

// Bumped when PdfBackend changes: a module from another build is refused, not called.
inline constexpr int kPdfBackendVersion = 1;
inline constexpr const char* kPdfBackendSymbol = "lightning_pdf_backend";
inline constexpr const char* kPdfModuleName = "lightning-pdf.so";

}  // namespace lightning
