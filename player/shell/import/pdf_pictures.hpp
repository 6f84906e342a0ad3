#pragma once
// A deck's slide pictures from a PDF of the talk (the speaker's own export, or LibreOffice's):
// page k becomes the k-th shown slide's picture, drawn by poppler as large as fits the projector
// size, aspect kept.
#include <filesystem>
#include <string>
#include <vector>

namespace lightning {

// The PDF's page count; throws DeckError naming it when it cannot be read.
int pdf_page_count(const std::filesystem::path& pdf);

// Writes page pages[i] (0-based) of `pdf` as folder/files[i], for every i. Prints "picture k/n"
// progress to stderr when it is a terminal. Throws with the file and page.
void write_pdf_pictures(const std::filesystem::path& pdf, const std::vector<int>& pages,
                        const std::filesystem::path& folder, const std::vector<std::string>& files,
                        int width, int height);

}  // namespace lightning
