#pragma once
// A PDF deck's pages: counted when the deck is loaded, rendered to pixels when a slide is needed.
// Backed by poppler-cpp when lightning is built with LIGHTNING_PDF, otherwise every use throws a
// DeckError that says how to get PDF support. Pure C++ (no SDL), so core and tests can use it.
// One PdfDocument must only be used by one thread at a time (poppler documents are not
// thread-safe); the slide loader's worker opens its own.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

namespace lightning {

// True when this build can read PDF files.
bool pdf_supported();

struct PageImage {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4 bytes, rows packed, R G B A
};

class PdfDocument {
public:
    // Opens the file; throws DeckError naming it when it is not a readable, unlocked PDF.
    explicit PdfDocument(const std::filesystem::path& file);
    // The same, reading the bytes through `read_through` (a PinnedFile's reopen_path()) while
    // messages name `file`.
    PdfDocument(const std::filesystem::path& file, const std::filesystem::path& read_through);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    int page_count() const;
    // Renders page `index` (0-based) as large as fits box_w x box_h, aspect kept, on white.
    // Throws std::runtime_error with the reason when poppler cannot render it.
    PageImage render(int index, int box_w, int box_h) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace lightning
