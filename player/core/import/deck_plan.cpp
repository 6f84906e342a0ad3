#include "core/import/deck_plan.hpp"

#include <map>

namespace lightning {

namespace {

constexpr Millis kIgnite{15'000};
constexpr Millis kPechaKucha{20'000};
constexpr int kStrictSlides = 20;
constexpr int kAimedMinimum = 10;

bool timed(const ImportedSlide& slide) {
    return slide.advance && slide.advance->count() > 0;
}

}  // namespace

std::string picture_name(int index_1based, int count) {
    int digits = 2;
    for (int n = count; n >= 100; n /= 10) ++digits;
    std::string number = std::to_string(index_1based);
    if (number.size() < static_cast<size_t>(digits))
        number.insert(0, static_cast<size_t>(digits) - number.size(), '0');
    return "slide-" + number + ".png";
}

DeckPlan plan_deck(const ImportedTalk& talk) {
    DeckPlan plan;
    for (const ImportedSlide& slide : talk.slides)
        if (!slide.hidden) plan.shown.push_back(&slide);
    const int count = static_cast<int>(plan.shown.size());
    for (int i = 0; i < count; ++i) plan.files.push_back(picture_name(i + 1, count));

    std::map<long long, int> by_time;
    int timed_count = 0;
    for (const ImportedSlide* slide : plan.shown)
        if (timed(*slide)) {
            ++by_time[slide->advance->count()];
            ++timed_count;
        }
    // The aim: at least half the shown slides at exactly one format's time, in a deck of ten
    // or more (three slides at 15 s are no Ignite talk missing seventeen).
    for (const auto& [format, per_slide] :
         {std::pair{TalkFormat::Ignite, kIgnite}, std::pair{TalkFormat::PechaKucha, kPechaKucha}}) {
        const auto found = by_time.find(per_slide.count());
        if (found != by_time.end() && found->second * 2 >= count && count >= kAimedMinimum)
            plan.aimed = format;
    }
    if (plan.aimed && count == kStrictSlides && timed_count == count && by_time.size() == 1) {
        plan.format = *plan.aimed;
        return plan;
    }
    plan.format = TalkFormat::FiveMinutes;
    // Every slide timed: the total is their sum, no total written. Some timed: the others share
    // what is left of 5:00, unless the timed ones leave too little (then 15 s each is assumed and
    // the total written, which the preflight says).
    if (timed_count > 0 && timed_count < count) {
        Millis listed{0};
        for (const ImportedSlide* slide : plan.shown)
            if (timed(*slide)) listed += *slide->advance;
        const int untimed = count - timed_count;
        if (listed + Millis{1000} * untimed > Millis{300'000})
            plan.total = listed + kIgnite * untimed;
    }
    return plan;
}

}  // namespace lightning
