// Which PDF page becomes each shown slide's picture: a page per shown slide, or a page per slide
// with the hidden ones' pages skipped; any other count is an error naming both numbers.
#include <doctest/doctest.h>

#include "core/import/import_error.hpp"
#include "core/import/page_pairing.hpp"

using namespace lightning;

namespace {

ImportedTalk five_with_two_hidden() {
    ImportedTalk talk;
    for (int i = 1; i <= 5; ++i) {
        ImportedSlide slide;
        slide.number = i;
        slide.hidden = i == 2 || i == 4;
        talk.slides.push_back(slide);
    }
    return talk;
}

}  // namespace

TEST_CASE("import pages: a page per shown slide, in order") {
    const ImportedTalk talk = five_with_two_hidden();
    const DeckPlan plan = plan_deck(talk);
    CHECK(pdf_pages_for(talk, plan, 3, "t.pdf", "t.odp") == std::vector<int>{0, 1, 2});
}

TEST_CASE("import pages: a page per slide, hidden ones' pages skipped") {
    const ImportedTalk talk = five_with_two_hidden();
    const DeckPlan plan = plan_deck(talk);
    CHECK(pdf_pages_for(talk, plan, 5, "t.pdf", "t.odp") == std::vector<int>{0, 2, 4});
}

TEST_CASE("import pages: another count names both numbers") {
    const ImportedTalk talk = five_with_two_hidden();
    const DeckPlan plan = plan_deck(talk);
    CHECK_THROWS_WITH_AS(pdf_pages_for(talk, plan, 4, "t.pdf", "t.odp"),
                         "t.pdf has 4 pages but t.odp shows 3 slides (2 hidden left out, 5 in "
                         "all); pages are paired with slides in order: export the PDF again from "
                         "this file",
                         ImportError);
}
