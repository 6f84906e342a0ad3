// choose_resume: which log `play --resume` and `event --resume` continue (one decision for both).
// Never a rehearsal, never a log of other slides; ended runs and unreadable files are passed over.
// Logs are read from memory and the wall time is fixed: no files, no clock.
#include <doctest/doctest.h>

#include <map>

#include "core/log/choose_resume.hpp"

using namespace lightning;

namespace {

const WallTime kNow = *parse_iso_utc("2026-11-25T17:40:04.000Z");

// A run of slides a, b (5 s each) started 4 s before kNow in `mode`, then `rest` (JSON lines).
std::string run(const std::string& mode, const std::string& rest = "",
                const std::string& files = R"("a","b")") {
    return R"({"event":"start","deck":"d","mode":")" + mode + R"(","files":[)" + files +
           R"(],"planned_start_ms":[0,5000],"planned_ms":[5000,5000],"total_ms":10000,)"
           R"("format":"five-minutes","t_ms":0,"talk_ms":0,"wall":"2026-11-25T17:40:00.000Z"})"
           "\n" +
           rest;
}
const std::string kQuit = R"({"event":"end","reason":"quit"})"
                          "\n";
const std::string kSignal = R"({"event":"end","reason":"signal"})"
                            "\n";

// The deck's logs, by file name; any other name cannot be read.
struct FakeLogs {
    std::map<std::string, std::string> texts;

    ResumeRequest request() const {
        ResumeRequest request;
        request.deck = "talks/ada";
        request.files = {"a", "b"};
        request.folder = "logs/ada";
        for (const auto& [name, text] : texts) request.logs.push_back(name);
        return request;
    }
    LogReader reader() const {
        return [this](const std::filesystem::path& path) {
            const auto found = texts.find(path.string());
            if (found == texts.end()) throw LogError("cannot read log " + path.string());
            return read_run_log_text(found->second, path);
        };
    }
};

}  // namespace

TEST_CASE("choose_resume: a crashed rehearsal newer than the crashed play run is passed over") {
    FakeLogs logs;
    logs.texts["20261125T174000.000Z-play.jsonl"] = run("play");
    logs.texts["20261125T174001.000Z-paced.jsonl"] = run("paced");
    logs.texts["20261125T174002.000Z-free.jsonl"] = run("free", kSignal);
    const ResumePlan plan = choose_resume(logs.request(), kNow, logs.reader());
    CHECK(plan.log.path == "20261125T174000.000Z-play.jsonl");
    CHECK(plan.slide_at(kNow) == 0);
}

TEST_CASE("choose_resume: only rehearsals there: nothing to resume, saying they were passed over") {
    FakeLogs logs;
    logs.texts["20261125T174001.000Z-paced.jsonl"] = run("paced");
    logs.texts["20261125T174002.000Z-free.jsonl"] = run("free", kSignal);
    ResumeRequest request = logs.request();
    request.when_none = "the talk starts again";
    CHECK_THROWS_WITH_AS(
        choose_resume(request, kNow, logs.reader()),
        "no unfinished log for talks/ada in logs/ada: nothing to resume (2 interrupted rehearsals "
        "passed over: only play runs are resumed); the talk starts again",
        ResumeError);
}

TEST_CASE("choose_resume: a rehearsal given by name is refused, not resumed as a play run") {
    FakeLogs logs;
    logs.texts["20261125T174001.000Z-paced.jsonl"] = run("paced");
    ResumeRequest request = logs.request();
    request.given = "20261125T174001.000Z-paced.jsonl";
    CHECK_THROWS_WITH_AS(choose_resume(request, kNow, logs.reader()),
                         doctest::Contains("is a rehearsal (paced): only play runs are resumed"),
                         ResumeError);
    logs.texts["old.jsonl"] = run("");  // a log from before modes were written
    request.given = "old.jsonl";
    CHECK_THROWS_WITH_AS(choose_resume(request, kNow, logs.reader()),
                         doctest::Contains("is a rehearsal (no mode)"), ResumeError);
}

TEST_CASE("choose_resume: ended runs and unreadable files are passed over (a signal is no end)") {
    FakeLogs logs;
    logs.texts["20261125T173000.000Z-play.jsonl"] = run("play");  // crashed, but older
    logs.texts["20261125T173500.000Z-play.jsonl"] = run("play", kSignal);
    logs.texts["20261125T174000.000Z-play.jsonl"] = run("play", kQuit);
    ResumeRequest request = logs.request();
    request.logs.push_back("20261125T174500.000Z-play.jsonl");  // listed, cannot be read
    CHECK(choose_resume(request, kNow, logs.reader()).log.path ==
          "20261125T173500.000Z-play.jsonl");
}

TEST_CASE("choose_resume: a play run of other slides is refused, found or given") {
    FakeLogs logs;
    logs.texts["20261125T174000.000Z-play.jsonl"] = run("play", "", R"("a","c")");
    ResumeRequest request = logs.request();
    CHECK_THROWS_WITH_AS(choose_resume(request, kNow, logs.reader()),
                         doctest::Contains("is a log of another deck"), ResumeError);
    request.given = "20261125T174000.000Z-play.jsonl";
    CHECK_THROWS_WITH_AS(choose_resume(request, kNow, logs.reader()),
                         doctest::Contains("is a log of another deck"), ResumeError);
}

TEST_CASE("choose_resume: an event's talk never takes a run begun before the talk started") {
    FakeLogs logs;
    logs.texts["20261125T174000.000Z-play.jsonl"] = run("play");  // began 17:40:00
    ResumeRequest request = logs.request();
    request.not_before = parse_iso_utc("2026-11-25T17:40:00.900Z");  // a moment before the log
    CHECK(choose_resume(request, kNow, logs.reader()).log.path ==
          "20261125T174000.000Z-play.jsonl");
    request.not_before = parse_iso_utc("2026-11-25T17:40:03.000Z");  // this talk began later
    CHECK_THROWS_WITH_AS(choose_resume(request, kNow, logs.reader()),
                         doctest::Contains("nothing to resume"), ResumeError);
}

TEST_CASE("choose_resume: the chosen log still passes plan_resume's checks") {
    FakeLogs logs;
    logs.texts["20261125T174000.000Z-play.jsonl"] = run("play", kQuit);
    ResumeRequest request = logs.request();
    request.given = "20261125T174000.000Z-play.jsonl";  // given: not passed over, refused
    CHECK_THROWS_WITH_AS(choose_resume(request, kNow, logs.reader()),
                         doctest::Contains("it was stopped on purpose"), ResumeError);
    request.given = "missing.jsonl";
    CHECK_THROWS_AS(choose_resume(request, kNow, logs.reader()), LogError);

    logs.texts["20261125T174000.000Z-play.jsonl"] = run("play");
    request.given.reset();
    request.flags.total = Millis{300000};  // contradicts the log's 0:10
    CHECK_THROWS_WITH_AS(choose_resume(request, kNow, logs.reader()),
                         doctest::Contains("the timing flags give 5:00.0 in all"), ResumeError);
}
