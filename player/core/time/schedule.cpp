#include "core/time/schedule.hpp"

#include <algorithm>

#include "core/time/time_text.hpp"

namespace lightning {

int Schedule::slide_at(Micros elapsed) const {
    if (elapsed < Micros{0}) return 0;
    if (elapsed >= total) return count();
    // First slide whose start is after `elapsed`, minus one.
    auto after = std::upper_bound(slides.begin(), slides.end(), elapsed,
                                  [](Micros t, const PlannedSlide& s) { return t < s.start; });
    return static_cast<int>(after - slides.begin()) - 1;
}

std::vector<Millis> split_evenly(Millis total, int n) {
    std::vector<Millis> parts;
    if (n <= 0) return parts;
    const long long base = total.count() / n;
    const long long extra = total.count() % n;
    for (int i = 0; i < n; ++i) parts.push_back(Millis{base + (i < extra ? 1 : 0)});
    return parts;
}

namespace {

Millis per_slide(TalkFormat format) {
    return format == TalkFormat::Ignite ? Millis{15'000} : Millis{20'000};
}

// Durations from deck.toml alone.
std::vector<Millis> durations_from_deck(const Deck& deck) {
    if (deck.format != TalkFormat::FiveMinutes) {
        const auto name = std::string(format_name(deck.format));
        if (deck.total)
            throw DeckError(deck.where(deck.total_line) + ": total does not apply to format \"" +
                            name + "\" (" + format_countdown(per_slide(deck.format)) +
                            " a slide); remove total or use format = \"five-minutes\"");
        for (const auto& slide : deck.slides)
            if (slide.planned)
                throw DeckError(deck.where(slide.toml_line) + ": format \"" + name +
                                "\" gives every slide the same time; remove seconds from \"" +
                                slide.file + "\" or use format = \"five-minutes\"");
        return std::vector<Millis>(deck.slides.size(), per_slide(deck.format));
    }

    Millis listed{0};
    int unlisted = 0;
    int last_listed_line = 0;
    for (const auto& slide : deck.slides) {
        if (slide.planned) {
            listed += *slide.planned;
            last_listed_line = slide.toml_line;
        } else {
            ++unlisted;
        }
    }
    if (unlisted == 0 && !deck.total) {
        std::vector<Millis> out;
        for (const auto& slide : deck.slides) out.push_back(*slide.planned);
        return out;  // every slide timed: the total is their sum
    }
    const Millis total = deck.total.value_or(kDefaultTotal);
    const std::string total_text = format_offset(total) + (deck.total ? "" : " (the default)");
    if (unlisted == 0 && listed != total)
        throw DeckError(deck.where(deck.total_line) + ": the slides' seconds add up to " +
                        format_offset(listed) + " but total is " + format_offset(total) +
                        "; change a slide's seconds or the total so they match");
    if (unlisted > 0 && listed >= total)
        throw DeckError(deck.where(last_listed_line) + ": the listed seconds add up to " +
                        format_offset(listed) + ", which leaves no time of the total " +
                        total_text + " for the " + std::to_string(unlisted) +
                        " slide(s) without seconds; shorten them or raise total");
    if (unlisted > 0 && (total - listed) < Millis{unlisted})
        throw DeckError(deck.where(last_listed_line) +
                        ": too little time is left for the slides "
                        "without seconds; shorten the listed ones");
    const auto shares = split_evenly(total - listed, unlisted);
    std::vector<Millis> out;
    size_t next_share = 0;
    for (const auto& slide : deck.slides)
        out.push_back(slide.planned ? *slide.planned : shares[next_share++]);
    return out;
}

std::vector<Millis> durations_from_flags(const Deck& deck, const TimingOverrides& flags) {
    const int n = static_cast<int>(deck.slides.size());
    if (flags.slide_seconds) return std::vector<Millis>(deck.slides.size(), *flags.slide_seconds);
    const TalkFormat format =
        flags.total ? TalkFormat::FiveMinutes : flags.format.value_or(TalkFormat::FiveMinutes);
    if (format != TalkFormat::FiveMinutes)
        return std::vector<Millis>(deck.slides.size(), per_slide(format));
    const Millis total = flags.total.value_or(kDefaultTotal);
    if (total < Millis{n})
        throw DeckError("a total of " + format_offset(total) + " is too short for " +
                        std::to_string(n) + " slides; give at least 1 ms a slide");
    return split_evenly(total, n);
}

}  // namespace

Schedule make_schedule(const Deck& deck, const TimingOverrides& overrides) {
    Schedule schedule;
    std::vector<Millis> durations;
    if (overrides.any()) {
        if (overrides.slide_seconds && overrides.slide_seconds->count() <= 0)
            throw DeckError("--slide-seconds must be greater than 0");
        if (overrides.total && overrides.total->count() <= 0)
            throw DeckError("--total must be greater than 0");
        durations = durations_from_flags(deck, overrides);
        schedule.format = overrides.slide_seconds || overrides.total
                              ? TalkFormat::FiveMinutes
                              : overrides.format.value_or(TalkFormat::FiveMinutes);
    } else {
        durations = durations_from_deck(deck);
        schedule.format = deck.format;
    }
    Millis at{0};
    for (const auto duration : durations) {
        schedule.slides.push_back(PlannedSlide{at, duration});
        at += duration;
    }
    schedule.total = at;
    return schedule;
}

}  // namespace lightning
