#include "core/time/timing_warnings.hpp"

#include <optional>

#include "core/time/time_text.hpp"

namespace lightning {

namespace {
constexpr Millis kShortTalk{30'000};
constexpr Millis kShortSlide{1'000};
}  // namespace

std::vector<std::string> timing_warnings(const Deck& deck, const Schedule& schedule,
                                         const TimingOverrides& flags) {
    std::vector<std::string> warnings;
    // Every slide listed in deck.toml and no total: the sum is the talk, and nothing stopped it
    // from outgrowing a five-minutes talk. (An explicit total that differs is an error already.)
    bool all_listed = !deck.slides.empty();
    for (const auto& slide : deck.slides) all_listed = all_listed && slide.planned.has_value();
    if (!flags.any() && deck.format == TalkFormat::FiveMinutes && !deck.total && all_listed &&
        schedule.total > kDefaultTotal)
        warnings.push_back(
            (deck.toml_path.empty() ? std::string("deck.toml") : deck.toml_path.string()) +
            ": the slides' seconds add up to " + format_offset(schedule.total) +
            ", past a five-minutes talk's " + format_offset(kDefaultTotal) +
            "; shorten slides, or write total = \"" + format_countdown(schedule.total) +
            "\" if the talk really is that long");
    if (schedule.total > Millis{0} && schedule.total < kShortTalk) {
        // A total written as a bare number of minutes ("--total 5") reads as seconds: only then
        // is "did you mean 5:00?" the likely fix. A short talk from --slide-seconds or the
        // slides' own seconds is said plainly.
        const std::optional<Millis> total = flags.total ? flags.total : deck.total;
        const bool whole_seconds = total && *total == schedule.total && total->count() % 1000 == 0;
        const std::string minutes = std::to_string(schedule.total.count() / 1000);
        warnings.push_back(
            "the talk is only " + format_offset(schedule.total) + " long" +
            (whole_seconds
                 ? ": did you mean " + minutes + ":00? (" + minutes + " alone means " + minutes +
                       " seconds; write " + minutes + ":00 for " + minutes + " minutes)"
                 : " (" + std::to_string(schedule.count()) +
                       " slides); give the slides more seconds if that is not meant"));
    }
    int short_slides = 0;
    int first_short = -1;
    for (int k = 0; k < schedule.count(); ++k)
        if (schedule.slides[static_cast<size_t>(k)].duration < kShortSlide) {
            ++short_slides;
            if (first_short < 0) first_short = k;
        }
    if (short_slides > 0) {
        const auto& slide = schedule.slides[static_cast<size_t>(first_short)];
        std::string which = short_slides == 1 ? "slide " + std::to_string(first_short + 1) + " gets"
                                              : std::to_string(short_slides) +
                                                    " slides get under 1 s each (slide " +
                                                    std::to_string(first_short + 1) + ":";
        warnings.push_back(
            which + " " + format_offset(slide.duration) + (short_slides == 1 ? "" : ")") +
            ", too short to read: did you mean seconds rather than minutes, or a longer total?");
    }
    return warnings;
}

}  // namespace lightning
