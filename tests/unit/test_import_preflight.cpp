// The preflight findings an import prints and gives as JSON, from fake imported talks.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/import/preflight.hpp"

using namespace lightning;

namespace {

ImportedTalk talk_of(int count, std::optional<int> seconds) {
    ImportedTalk talk;
    talk.slide_width = 16;
    talk.slide_height = 9;
    for (int i = 0; i < count; ++i) {
        ImportedSlide slide;
        slide.number = i + 1;
        if (seconds) slide.advance = Millis{*seconds * 1000};
        talk.slides.push_back(slide);
    }
    return talk;
}

std::vector<Finding> run(const ImportedTalk& talk, std::vector<MissingFont> fonts = {},
                         int width = 1920, int height = 1080) {
    const DeckPlan plan = plan_deck(talk);
    return preflight({talk, plan, width, height, std::move(fonts)});
}

const Finding* find_kind(const std::vector<Finding>& findings, const std::string& kind) {
    const auto found = std::find_if(findings.begin(), findings.end(),
                                    [&](const Finding& f) { return f.kind == kind; });
    return found == findings.end() ? nullptr : &*found;
}

}  // namespace

TEST_CASE("import preflight: a clean Ignite deck has no findings") {
    CHECK(run(talk_of(20, 15)).empty());
}

TEST_CASE("import preflight: a PechaKucha deck's 30 s slide is named with the format's time") {
    ImportedTalk talk = talk_of(20, 20);
    talk.slides[1].advance = Millis{30000};
    talk.slides[4].advance.reset();
    const auto findings = run(talk);
    const Finding* timing = find_kind(findings, "timing");
    REQUIRE(timing);
    CHECK(timing->message == "slide 2 advances after 30 s; PechaKucha is 20 s");
    CHECK(timing->deck_slide == 2);
    const Finding* click = find_kind(findings, "click-wait");
    REQUIRE(click);
    CHECK(click->message == "slide 5 waits for a click; PechaKucha advances every 20 s");
}

TEST_CASE("import preflight: slide count, no timings, shape, fonts") {
    CHECK(find_kind(run(talk_of(19, 15)), "slide-count")->message ==
          "Ignite is 20 slides; this deck shows 19");
    CHECK(find_kind(run(talk_of(8, std::nullopt)), "no-timings"));
    CHECK(find_kind(run(talk_of(12, 30)), "length")->message ==
          "the slides' own times add up to 6:00, not 5:00; the deck plays them as they are");
    CHECK_FALSE(find_kind(run(talk_of(12, 25)), "length"));
    ImportedTalk four_three = talk_of(20, 15);
    four_three.slide_width = 4;
    four_three.slide_height = 3;
    CHECK(find_kind(run(four_three), "shape")->message ==
          "the slides are 4:3 and the projector 16:9: they are letterboxed (bars left and right)");
    CHECK_FALSE(find_kind(run(four_three, {}, 1024, 768), "shape"));
    ImportedTalk timings_off = talk_of(20, 15);
    timings_off.timings_off = true;
    CHECK(find_kind(run(timings_off), "timings-off"));
    const auto fonts = run(talk_of(20, 15), {{"Calisto MT", "DejaVu Serif"}});
    CHECK(find_kind(fonts, "font")->message ==
          "Calisto MT -> DejaVu Serif: lines may reflow; install the font or ask for a PDF");
}

TEST_CASE("import preflight: media, animations, hidden slides and missing notes") {
    ImportedTalk talk = talk_of(4, std::nullopt);
    talk.slides[0].notes = "hello";
    talk.slides[1].animations = true;
    talk.slides[1].transition = true;
    talk.slides[2].media.push_back({"ppt/media/media1.mp4", MediaKind::Video, 80ull << 20});
    talk.slides[2].media.push_back({"ppt/media/image1.gif", MediaKind::Gif, 10});
    talk.slides[3].hidden = true;
    const auto findings = run(talk);
    CHECK(find_kind(findings, "animation")->slide == 2);
    CHECK(find_kind(findings, "transition")->slide == 2);
    CHECK(find_kind(findings, "video")->message.find("media1.mp4") != std::string::npos);
    CHECK(find_kind(findings, "large-media")->message.find("80 MB") != std::string::npos);
    CHECK(find_kind(findings, "gif")->message ==
          "slide 3 has a GIF (image1.gif): it will not move");
    const Finding* hidden = find_kind(findings, "hidden");
    CHECK(hidden->slide == 4);
    CHECK(hidden->deck_slide == 0);
    CHECK(find_kind(findings, "notes")->slide == 2);
    CHECK(aspect_text(1920, 1200) == "16:10");
}
