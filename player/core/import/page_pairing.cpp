#include "core/import/page_pairing.hpp"

#include "core/import/import_error.hpp"

namespace lightning {

std::vector<int> pdf_pages_for(const ImportedTalk& talk, const DeckPlan& plan, int pages,
                               const std::string& pdf, const std::string& source) {
    const int shown = static_cast<int>(plan.shown.size());
    const int all = static_cast<int>(talk.slides.size());
    std::vector<int> out;
    if (pages == shown) {
        for (int k = 0; k < shown; ++k) out.push_back(k);
        return out;
    }
    if (pages == all) {
        for (const ImportedSlide* slide : plan.shown) out.push_back(slide->number - 1);
        return out;
    }
    const int hidden = all - shown;
    throw ImportError(pdf + " has " + std::to_string(pages) + " pages but " + source + " shows " +
                      std::to_string(shown) + " slides" +
                      (hidden ? " (" + std::to_string(hidden) + " hidden left out, " +
                                    std::to_string(all) + " in all)"
                              : "") +
                      "; pages are paired with slides in order: export the PDF again from this "
                      "file");
}

}  // namespace lightning
