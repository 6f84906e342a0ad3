// plan: each slide's time from finished runs, fitted to the exact total. Logs are built as read
// back (ReadLog summaries), so build_report does what it does for `report`.
#include <doctest/doctest.h>

#include <numeric>

#include "../support/rehearsal_logs.hpp"
#include "core/log/report.hpp"
#include "core/plan/fit_to_total.hpp"
#include "core/plan/plan_fit.hpp"
#include "core/plan/sheet_heat.hpp"
#include "core/plan/slot_advice.hpp"

using namespace lightning;

namespace {

const std::vector<std::string> kFiles{"a.png", "b.png", "c.png", "d.png"};

// A paced run of the four slides planned `planned` whose words took `words` (-1: not reached,
// -2: missed, the slide's end came unmarked), and a free run's time on screen.
ReadLog paced(const std::vector<long long>& planned, const std::vector<long long>& words,
              const std::string& end = "finished") {
    return testing::paced_run(kFiles, planned, words, end);
}

ReadLog free_run(const std::vector<long long>& on_screen) {
    return testing::on_screen_run(kFiles, {1, 1, 1, 1}, on_screen);
}

long long sum_of(const Plan& plan) {
    long long sum = 0;
    for (const auto& slide : plan.slides) sum += slide.proposed_ms;
    return sum;
}

const std::vector<long long> kEven{75'000, 75'000, 75'000, 75'000};

bool has_warning(const std::vector<std::string>& warnings, const std::string& part) {
    for (const auto& warning : warnings)
        if (warning.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("plan fit_to_total: exact sum, tenths, largest remainder, the rest to the longest") {
    // 1:2:3 of 10 s: 1666.7, 3333.3, 5000 -> units 16.67, 33.33, 50: floors 16+33+50 = 99, the
    // largest remainder (.67) gets the last unit.
    CHECK(fit_to_total({1, 2, 3}, 10'000) == std::vector<long long>{1'700, 3'300, 5'000});
    // Equal remainders: the earlier slide gets the unit.
    CHECK(fit_to_total({1, 1, 1}, 1'000) == std::vector<long long>{400, 300, 300});
    // 50 ms below a unit go to the longest slide.
    CHECK(fit_to_total({1, 3, 1}, 10'050) == std::vector<long long>{2'000, 6'050, 2'000});
    // All zero: shared as if equal.
    CHECK(fit_to_total({0, 0}, 3'000) == std::vector<long long>{1'500, 1'500});
    for (long long total : {300'000LL, 299'999LL, 1LL, 123'456LL}) {
        const auto parts = fit_to_total({7'123, 19'877, 1'003, 45'000, 12'345}, total);
        CHECK(std::accumulate(parts.begin(), parts.end(), 0LL) == total);
    }
}

TEST_CASE("plan median_of: odd and even counts") {
    CHECK(median_of({9, 1, 5}) == 5);
    CHECK(median_of({4, 1, 3, 2}) == 3);  // (2 + 3) / 2 = 2.5, half rounded up
    CHECK(median_of({10, 20}) == 15);
    CHECK(median_of({7}) == 7);
}

TEST_CASE("plan: medians of the last N finished runs, scaled to exactly the total") {
    std::vector<ReadLog> logs;
    logs.push_back(paced(kEven, {99'000, 99'000, 99'000, 99'000}));  // older than the last 3
    logs.push_back(paced(kEven, {10'000, 20'000, 30'000, 40'000}));
    logs.push_back(paced(kEven, {12'000, 18'000, 33'000, 41'000}, "quit"));  // unfinished
    logs.push_back(paced(kEven, {11'000, 22'000, 29'000, 39'000}));
    logs.push_back(paced(kEven, {14'000, 21'000, 31'000, 45'000}));
    const Plan plan = fit_plan(build_report(logs), kEven, 300'000, 3);
    CHECK(plan.runs_used == 3);
    // Medians 11, 21, 30, 40 s (sum 102 s) scaled to 300 s.
    REQUIRE(plan.slides.size() == 4);
    CHECK(plan.slides[0].median_ms == 11'000);
    CHECK(plan.slides[3].median_ms == 40'000);
    CHECK(sum_of(plan) == 300'000);
    CHECK(plan.slides[0].proposed_ms == 32'400);   // 32.35 -> largest remainders decide
    CHECK(plan.slides[1].proposed_ms == 61'800);   // 61.76
    CHECK(plan.slides[2].proposed_ms == 88'200);   // 88.24
    CHECK(plan.slides[3].proposed_ms == 117'600);  // 117.65
    for (const auto& slide : plan.slides) CHECK(slide.proposed_ms % 100 == 0);
    CHECK(plan.slides[0].now_ms == 75'000);
}

TEST_CASE("plan: an even number of runs takes the mean of the middle two") {
    std::vector<ReadLog> logs;
    logs.push_back(paced(kEven, {10'000, 10'000, 10'000, 10'000}));
    logs.push_back(paced(kEven, {20'000, 10'000, 10'000, 10'000}));
    const Plan plan = fit_plan(build_report(logs), kEven, 60'000, 0);
    CHECK(plan.slides[0].median_ms == 15'000);
    CHECK(plan.slides[0].proposed_ms == 20'000);  // 15 of 45 s, scaled to 60 s
    CHECK(sum_of(plan) == 60'000);
}

TEST_CASE("plan: slides no run reached or every run missed keep their time, flagged") {
    std::vector<ReadLog> logs;
    logs.push_back(paced(kEven, {10'000, -2, 30'000, -1}));
    logs.push_back(paced(kEven, {10'000, -2, 30'000, -1}));
    // A missed slide in one run and marked in another: the marked figure counts.
    logs.push_back(paced(kEven, {-2, -2, 30'000, -1}));
    const Plan plan = fit_plan(build_report(logs), kEven, 300'000, 0);
    CHECK(plan.slides[1].flag == "every run missed its mark (no mark)");
    CHECK(plan.slides[3].flag == "no run reached it");
    CHECK(plan.slides[1].proposed_ms == 75'000);
    CHECK(plan.slides[3].proposed_ms == 75'000);
    CHECK_FALSE(plan.slides[1].median_ms);
    // The others share the 150 s left, 1:3.
    CHECK(plan.slides[0].proposed_ms == 37'500);
    CHECK(plan.slides[2].proposed_ms == 112'500);
    CHECK(sum_of(plan) == 300'000);
    CHECK(has_warning(plan.warnings, "slide 2 (b.png): every run missed its mark"));
    CHECK(has_warning(plan.warnings, "slide 4 (d.png): no run reached it; keeps its 75.0 s"));
}

TEST_CASE("plan: mixed paced and free runs, and runs planned differently") {
    std::vector<ReadLog> logs;
    // Paced on an even plan and on another one: each run's words, whatever it was planned at.
    logs.push_back(paced(kEven, {8'000, 20'000, 30'000, 40'000}));
    logs.push_back(paced({50'000, 50'000, 100'000, 100'000}, {9'000, 20'000, 30'000, 40'000}));
    logs.push_back(free_run({10'000, 20'000, 30'000, 40'000}));
    const Report report = build_report(logs);
    CHECK(has_warning(report.warnings, "planned differently"));
    const Plan plan = fit_plan(report, kEven, 100'000, 0);
    CHECK(plan.slides[0].median_ms == 9'000);
    CHECK(plan.slides[1].median_ms == 20'000);
    CHECK(sum_of(plan) == 100'000);
    CHECK(has_warning(plan.warnings, "planned differently"));
}

TEST_CASE("plan: warnings for a slide under 1 s and for runs that disagree") {
    std::vector<ReadLog> logs;
    logs.push_back(paced(kEven, {200, 8'100, 30'000, 40'000}));
    logs.push_back(paced(kEven, {200, 14'300, 30'000, 40'000}));
    logs.push_back(paced(kEven, {200, 10'000, 30'000, 40'000}));
    const Plan plan = fit_plan(build_report(logs), kEven, 80'500, 0);
    CHECK(sum_of(plan) == 80'500);
    CHECK(plan.slides[0].proposed_ms < 1'000);
    CHECK(has_warning(plan.warnings, "slide 1 (a.png): 0.2 s, under 1 s"));
    CHECK(has_warning(plan.warnings, "slide 2 (b.png): runs disagree: 8.1 s to 14.3 s"));
    CHECK_FALSE(has_warning(plan.warnings, "slide 3"));
}

TEST_CASE("plan: no finished run, or flagged slides that take the whole total, are errors") {
    std::vector<ReadLog> logs;
    logs.push_back(paced(kEven, {1'000, 1'000, 1'000, 1'000}, "quit"));
    CHECK_THROWS_AS(fit_plan(build_report(logs), kEven, 300'000, 0), PlanError);
    logs.push_back(paced(kEven, {1'000, -1, -1, -1}));
    CHECK_THROWS_AS(fit_plan(build_report(logs), kEven, 200'000, 0), PlanError);
    CHECK_THROWS_AS(fit_plan(build_report(logs), {1, 2}, 300'000, 0), PlanError);
}

TEST_CASE("plan slot_advice: fixed slots get words advice, off by at least 0.5 s") {
    std::vector<ReadLog> logs;
    const std::vector<long long> slots{15'000, 15'000, 15'000, 15'000};
    logs.push_back(paced(slots, {17'900, 11'000, 15'400, -1}));
    logs.push_back(paced(slots, {17'800, 11'100, 15'200, -1}));
    logs.push_back(paced(slots, {18'000, 10'900, 15'300, -1}));
    const SlotAdvice advice = slot_advice(build_report(logs), 15'000, 3);
    REQUIRE(advice.lines.size() == 2);
    CHECK(advice.lines[0] == "slide 1: your words take 17.9 s of 15 s; cut 2.9 s");
    CHECK(advice.lines[1] == "slide 2: your words take 11.0 s of 15 s; 4.0 s to spare");
    CHECK(has_warning(advice.warnings, "slide 4 (d.png): no run reached it"));
}

TEST_CASE("plan sheet_heat: the mean over/under of the last N finished runs, tinted by how far") {
    std::vector<ReadLog> logs;
    logs.push_back(paced(kEven, {99'000, 99'000, 99'000, 99'000}));  // not among the last 2
    logs.push_back(paced(kEven, {77'000, 74'000, 75'000, -1}));
    logs.push_back(paced(kEven, {81'000, 74'400, 75'100, -1}));
    const auto heat = sheet_heat(build_report(logs), 2);
    REQUIRE(heat.size() == 4);
    CHECK(heat[0].mean_over_ms == 4'000);
    CHECK(heat[0].over);
    CHECK(heat[0].strength == kHeatMaxStrength);  // 3 s or more: full
    CHECK(heat[0].label == "+4.0 s");
    CHECK(heat[1].mean_over_ms == -800);
    CHECK_FALSE(heat[1].over);
    CHECK(heat[1].strength == 800 * kHeatMaxStrength / kHeatFullMs);
    CHECK(heat[2].label == "+0.1 s");
    CHECK_FALSE(heat[3].mean_over_ms);
    CHECK(heat[3].label == "n/t");
    CHECK(heat[3].strength == 0);
}
