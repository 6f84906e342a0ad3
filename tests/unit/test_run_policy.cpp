// Each run mode's answers, the whole table: a change to a rule shows here as one changed line.
#include <doctest/doctest.h>

#include <array>

#include "core/log/run_log.hpp"
#include "core/show/run_policy.hpp"

using namespace lightning;

namespace {

constexpr std::array<RunMode, 3> kModes = {RunMode::Play, RunMode::Paced, RunMode::Free};

// One rule's answers in play, paced and free, in that order.
template <typename Answer>
std::array<Answer, 3> answers(Answer RunPolicy::*rule) {
    std::array<Answer, 3> out{};
    for (size_t k = 0; k < kModes.size(); ++k) out[k] = run_policy(kModes[k]).*rule;
    return out;
}

using Yes = std::array<bool, 3>;

}  // namespace

TEST_CASE("the run policy: every rule's answer in play, paced and free") {
    // Which slides move, and who moves them.                    play   paced  free
    CHECK(answers(&RunPolicy::clock_moves_slides) == Yes{true, true, false});
    CHECK(answers(&RunPolicy::speaker_keys_locked) == Yes{true, false, false});
    CHECK(answers(&RunPolicy::marks_words) == Yes{false, true, false});
    // Paced waits for the last slide's mark, free for the Next past the last slide.
    CHECK(answers(&RunPolicy::ends_with_the_clock) == Yes{true, false, false});
    // On stage the audience sees only the talk; a rehearsal's screen is the speaker's.
    CHECK(answers(&RunPolicy::notes_on_slide) == Yes{false, true, true});
    CHECK(answers(&RunPolicy::summary_at_end) == Yes{false, true, true});
    CHECK(answers(&RunPolicy::restarts) == Yes{false, true, true});
    CHECK(answers(&RunPolicy::quit_key_stops) == Yes{false, true, true});  // play: hold Esc
    CHECK(answers(&RunPolicy::cue_each_slide) == Yes{false, true, true});
    CHECK(answers(&RunPolicy::end_card_lingers) == Yes{true, false, false});

    using enum OnCloseRequest;
    CHECK(answers(&RunPolicy::close_request) == std::array{Ignore, Stop, Stop});
    CHECK(answers(&RunPolicy::keys) == std::array{KeyMode::Play, KeyMode::Paced, KeyMode::Free});
    CHECK(answers(&RunPolicy::start_command) ==
          std::array{Command::Start, Command::Next, Command::Next});
    CHECK(answers(&RunPolicy::mode) == kModes);
}

TEST_CASE("the run modes' names, as the logs and their file names spell them") {
    CHECK(mode_name(RunMode::Play) == "play");
    CHECK(mode_name(RunMode::Paced) == "paced");
    CHECK(mode_name(RunMode::Free) == "free");
    // Read back from a log: each name is its mode; anything else (a damaged line) is none.
    for (const RunMode mode : kModes) CHECK(mode_named(mode_name(mode)) == mode);
    CHECK(mode_named("Paced") == std::nullopt);
    CHECK(mode_named("") == std::nullopt);
    RunStart start;
    start.mode = "free";
    CHECK(start.mode_is(RunMode::Free));
    CHECK_FALSE(start.mode_is(RunMode::Play));
}
