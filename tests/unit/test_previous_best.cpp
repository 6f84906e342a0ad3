// The presenter view's previous best: per slide, of the earlier finished rehearsals' figures (a
// paced run's words, a free run's time on screen), the one nearest this rehearsal's plan without
// running over, else the one least over. Logs are built as read back, as for `plan`.
#include <doctest/doctest.h>

#include "../support/rehearsal_logs.hpp"
#include "core/log/report.hpp"
#include "core/plan/previous_best.hpp"

using namespace lightning;
using lightning::testing::kMissedMark;
using lightning::testing::kNeverReached;
using lightning::testing::on_screen_run;
using lightning::testing::paced_run;

namespace {

const std::vector<std::string> kFiles{"a.png", "b.png", "c.png"};
const std::vector<long long> kPlan{15'000, 15'000, 15'000};

using Bests = std::vector<std::optional<SlideBest>>;

std::optional<SlideBest> best(long long best_ms, long long plan_ms = 15'000) {
    return SlideBest{best_ms, plan_ms};
}

Bests bests_of(const std::vector<ReadLog>& logs, const std::vector<long long>& plan = kPlan) {
    return previous_best_of_runs(logs, plan);
}

}  // namespace

TEST_CASE("previous best, paced: the words nearest the plan without running over") {
    const Bests bests = bests_of({paced_run(kFiles, kPlan, {14'200, 16'000, 15'000}),
                                  paced_run(kFiles, kPlan, {15'300, 15'900, 12'000}),
                                  paced_run(kFiles, kPlan, {13'000, 15'400, 14'000})});
    // Slide 1: 15.3 s is nearer 15 s than 14.2 s, but its words were cut by the flip.
    CHECK(bests[0] == best(14'200));
    // Slide 2: every take ran over: the one least over.
    CHECK(bests[1] == best(15'400));
    // Slide 3: exactly the plan fits.
    CHECK(bests[2] == best(15'000));
}

TEST_CASE("previous best, free: time on screen, by the same rule") {
    const Bests bests = bests_of({on_screen_run(kFiles, kPlan, {9'000, 17'000, 14'900}),
                                  on_screen_run(kFiles, kPlan, {11'500, 16'200, 15'100})});
    CHECK(bests == Bests{best(11'500), best(16'200), best(14'900)});
}

TEST_CASE("previous best, mixed: paced words and free time on screen are one pool of takes") {
    const Bests bests = bests_of({paced_run(kFiles, kPlan, {14'000, 15'500, 13'000}),
                                  on_screen_run(kFiles, kPlan, {14'600, 17'000, 12'000})});
    CHECK(bests == Bests{best(14'600), best(15'500), best(13'000)});
}

TEST_CASE("previous best: a slide no run timed has none; one run's figure is enough") {
    const Bests bests = bests_of({paced_run(kFiles, kPlan, {14'000, kMissedMark, kNeverReached}),
                                  on_screen_run(kFiles, kPlan, {14'500, 12'000, kNeverReached}),
                                  paced_run(kFiles, kPlan, {14'800, kMissedMark, kNeverReached})});
    CHECK(bests[0] == best(14'800));
    CHECK(bests[1] == best(12'000));  // a missed mark says "at least", so it is no figure
    CHECK_FALSE(bests[2]);            // never reached: nothing shown
    CHECK(bests.size() == 3);
}

TEST_CASE("previous best, ties: equally near under and over, the take that fits") {
    const Bests bests = bests_of({paced_run(kFiles, kPlan, {16'000, 14'000, 13'000}),
                                  paced_run(kFiles, kPlan, {14'000, 16'000, 13'000})});
    CHECK(bests[0] == best(14'000));
    CHECK(bests[1] == best(14'000));
    CHECK(bests[2] == best(13'000));  // the same figure twice is one best
}

TEST_CASE("previous best: runs planned differently are held against this rehearsal's plan") {
    // Run 1 had 20 s a slide: its 18 s fit then, but runs 3 s over the 15 s planned now.
    const Bests bests =
        bests_of({paced_run(kFiles, {20'000, 20'000, 5'000}, {18'000, 14'000, 5'000}),
                  paced_run(kFiles, kPlan, {15'600, 13'000, 15'000})});
    CHECK(bests[0] == best(15'600));
    CHECK(bests[1] == best(14'000));
    // Against their own plans both runs took slide 3 exactly; against 10 s now only 5.0 s fits.
    CHECK(bests_of({paced_run(kFiles, {20'000, 20'000, 5'000}, {18'000, 14'000, 5'000}),
                    paced_run(kFiles, kPlan, {15'600, 13'000, 15'000})},
                   {20'000, 20'000, 10'000})[2] == best(5'000, 10'000));
}

TEST_CASE("previous best: the last three finished rehearsals, as plan reads them") {
    const ReadLog oldest = paced_run(kFiles, kPlan, {15'000, 15'000, 15'000});
    const ReadLog quit = paced_run(kFiles, kPlan, {14'900, 14'900, 14'900}, "quit");
    const ReadLog restarted = paced_run(kFiles, kPlan, {14'950, 14'950, kNeverReached}, "restart");
    // A play run's time on screen is the schedule's own: it would always be the best.
    const ReadLog play = on_screen_run(kFiles, kPlan, {15'000, 15'000, 15'000}, "play");
    std::vector<ReadLog> logs{oldest, quit, restarted, play};
    for (long long words : {13'000, 13'500, 14'000})
        logs.push_back(paced_run(kFiles, kPlan, {words, words, words}));
    logs.push_back(play);
    // Neither the oldest (a fourth run back), the unfinished ones nor the play runs count.
    CHECK(bests_of(logs) == Bests{best(14'000), best(14'000), best(14'000)});
    CHECK(previous_best_of_runs(logs, kPlan, 4)[0] == best(15'000));
}

TEST_CASE("previous best: no earlier run, none finished, or another slide count: none at all") {
    CHECK(bests_of({}) == Bests(3));
    CHECK(bests_of({paced_run(kFiles, kPlan, {14'000, 14'000, 14'000}, "quit")}) == Bests(3));
    CHECK(bests_of({on_screen_run(kFiles, kPlan, {14'000, 14'000, 14'000}, "play")}) == Bests(3));
    CHECK(bests_of({paced_run(kFiles, kPlan, {14'000, 14'000, 14'000})}, {15'000, 15'000}) ==
          Bests(2));
}

TEST_CASE("previous best over the measures: the plan and the figures side by side") {
    Measures measures;
    measures.slides = {SlideMeasure{{9'000, 10'200, 9'800}, ""},
                       SlideMeasure{{}, "no run reached it"}};
    CHECK(previous_best(measures, {10'000, 10'000}) == Bests{best(9'800, 10'000), std::nullopt});
    CHECK(previous_best(measures, {10'000}) == Bests{best(9'800, 10'000)});  // fewer planned
    CHECK(previous_best(measures, {10'000, 10'000, 10'000}).size() == 3);
}

TEST_CASE("previous best text: tenths as everywhere, the plan beside it") {
    CHECK(previous_best_text({14'200, 15'000}) == "best 14.2 s (plan 15.0)");
    CHECK(previous_best_text({14'249, 15'000}) == "best 14.2 s (plan 15.0)");
    CHECK(previous_best_text({14'250, 15'000}) == "best 14.3 s (plan 15.0)");
    CHECK(previous_best_text({74'960, 75'000}) == "best 75.0 s (plan 75.0)");
    CHECK(previous_best_text({800, 2'550}) == "best 0.8 s (plan 2.6)");
}
