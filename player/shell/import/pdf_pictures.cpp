#include "shell/import/pdf_pictures.hpp"

#include <unistd.h>

#include <cstdio>
#include <stdexcept>

#include "core/deck/pdf_document.hpp"
#include "core/file/png_encoder.hpp"
#include "core/log/log_file.hpp"  // write_whole_file

namespace lightning {

int pdf_page_count(const std::filesystem::path& pdf) {
    return PdfDocument(pdf).page_count();
}

void write_pdf_pictures(const std::filesystem::path& pdf, const std::vector<int>& pages,
                        const std::filesystem::path& folder, const std::vector<std::string>& files,
                        int width, int height) {
    const PdfDocument document(pdf);
    const bool progress = ::isatty(STDERR_FILENO) == 1;
    const int count = static_cast<int>(files.size());
    for (int k = 0; k < count; ++k) {
        if (progress) std::fprintf(stderr, "\rpicture %d/%d", k + 1, count);
        const int page = pages[static_cast<size_t>(k)];
        PageImage image;
        try {
            image = document.render(page, width, height);
        } catch (const std::exception& error) {
            throw std::runtime_error(pdf.string() + " page " + std::to_string(page + 1) +
                                     " cannot be drawn: " + error.what());
        }
        // Encoded in memory, then written with every step checked, so a full disk leaves no
        // cut-short picture.
        const std::string png = encode_png_rgb(image.rgba, image.width, image.height);
        const std::filesystem::path target = folder / files[static_cast<size_t>(k)];
        if (const std::string problem = write_whole_file(target, png); !problem.empty())
            throw std::runtime_error(problem + ": check that the folder is writable and has room");
    }
    if (progress && count > 0) std::fprintf(stderr, "\r%*s\r", 24, "");
}

}  // namespace lightning
