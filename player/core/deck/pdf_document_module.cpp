// PdfDocument through the PDF module (pdf_backend.hpp), loaded the first time a PDF is opened.
#include <dlfcn.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "core/deck/deck.hpp"
#include "core/deck/module_file.hpp"
#include "core/deck/pdf_backend.hpp"
#include "core/deck/pdf_document.hpp"

namespace lightning {

bool pdf_supported() {
    return true;
}

namespace {

// Where the module may be: beside the program (the build tree), one folder up (the tests'
// programs), in ../lib/lightning (installed), and where this build put it.
std::vector<std::filesystem::path> module_candidates() {
    std::vector<std::filesystem::path> candidates;
    std::error_code error;
    const auto program = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        const auto dir = program.parent_path();
        candidates.push_back(dir / kPdfModuleName);
        candidates.push_back(dir.parent_path() / kPdfModuleName);
        candidates.push_back(dir.parent_path() / "lib" / "lightning" / kPdfModuleName);
    }
#ifdef LIGHTNING_PDF_MODULE_PATH
    candidates.emplace_back(LIGHTNING_PDF_MODULE_PATH);
#endif
    return candidates;
}

// The backend; throws DeckError naming where it looked when no usable module is found. The
// module is never unloaded (RTLD_NODELETE: poppler's own libraries do not expect it), so later
// calls find it loaded and cost a lookup.
const PdfBackend& load_backend() {
    std::string tried;
    for (const auto& candidate : module_candidates()) {
        std::error_code missing;
        if (!std::filesystem::exists(candidate, missing)) {
            tried += "\n  " + candidate.string() + ": not there";
            continue;
        }
        // Checked before the loader maps it: a damaged file is SIGBUS inside dlopen.
        if (const std::string problem = module_file_problem(candidate); !problem.empty()) {
            tried += "\n  " + candidate.string() + ": " + problem;
            continue;
        }
        void* module = ::dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
        if (!module) {
            const char* why = ::dlerror();
            tried += "\n  " + candidate.string() + (why ? std::string(": ") + why : "");
            continue;
        }
        using Entry = const PdfBackend* (*)();
        const auto entry = reinterpret_cast<Entry>(::dlsym(module, kPdfBackendSymbol));
        const PdfBackend* backend = entry ? entry() : nullptr;
        if (backend && backend->version == kPdfBackendVersion) return *backend;
        tried += "\n  " + candidate.string() + ": from another build of lightning";
    }
    throw DeckError(std::string("cannot open PDF decks: lightning's PDF support (") +
                    kPdfModuleName +
                    ") is missing or broken; reinstall lightning, or export the "
                    "slides as PNG images into a folder. Looked in:" +
                    tried);
}

}  // namespace

struct PdfDocument::Impl {
    const PdfBackend* backend = nullptr;
    void* document = nullptr;
    ~Impl() {
        if (document) backend->close(document);
    }
};

PdfDocument::PdfDocument(const std::filesystem::path& file) : PdfDocument(file, file) {}

PdfDocument::PdfDocument(const std::filesystem::path& file,
                         const std::filesystem::path& read_through)
    : impl_(std::make_unique<Impl>()) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(read_through, error))
        throw DeckError("PDF deck " + file.string() + " does not exist: check the path");
    impl_->backend = &load_backend();
    PdfOpenProblem problem = PdfOpenProblem::None;
    impl_->document = impl_->backend->open(read_through.c_str(), &problem);
    switch (problem) {
        case PdfOpenProblem::None:
            break;
        case PdfOpenProblem::NotPdf:
            throw DeckError("cannot open PDF deck " + file.string() +
                            ": it is not a PDF or it is damaged (export it again from your slides "
                            "program, or check that it copied completely)");
        case PdfOpenProblem::Locked:
            throw DeckError("PDF deck " + file.string() +
                            " is password-protected: export it again without a password");
        case PdfOpenProblem::NoPages:
            throw DeckError("PDF deck " + file.string() + " has no pages");
    }
}

PdfDocument::~PdfDocument() = default;

int PdfDocument::page_count() const {
    return impl_->backend->page_count(impl_->document);
}

PageImage PdfDocument::render(int index, int box_w, int box_h) const {
    PageImage out;
    std::string reason;
    if (!impl_->backend->render(impl_->document, index, box_w, box_h, &out, &reason))
        throw std::runtime_error(reason);
    return out;
}

}  // namespace lightning
