// OrganizerControls: the controls a talk and an event share (blanks, hold Esc to stop, the keys
// help, an ignored close request), with their status lines and wake-ups; fixed clock times.
#include <doctest/doctest.h>

#include "core/show/organizer_controls.hpp"

using namespace lightning;

namespace {
constexpr Micros ms(long long n) {
    return Micros{n * 1000};
}
Micros next_wake(const OrganizerControls& controls, Micros now) {
    WakeUp wake(now, now);
    controls.wake_ups(wake);
    return wake.at();
}
}  // namespace

TEST_CASE("organizer controls: B and W blank the audience and toggle back") {
    OrganizerControls controls("stop the talk", KeyMode::Play);
    CHECK(controls.take(Command::BlankBlack, ms(0)));
    CHECK(controls.blank() == Blank::Black);
    CHECK(controls.blank_status() == "audience sees BLACK (B)");
    CHECK(controls.take(Command::BlankWhite, ms(10)));
    CHECK(controls.blank() == Blank::White);
    CHECK(controls.take(Command::BlankWhite, ms(20)));
    CHECK(controls.blank() == Blank::None);
    CHECK(controls.blank_status().empty());
    controls.take(Command::BlankBlack, ms(30));
    controls.unblank();
    CHECK(controls.blank() == Blank::None);
}

TEST_CASE("organizer controls: Esc held a second stops, once; let go sooner, nothing") {
    OrganizerControls controls("end the session", KeyMode::TitleCard);
    CHECK(controls.take(Command::HoldStopBegin, ms(0)));
    CHECK(controls.urgent_status(ms(0)) == "keep holding Escape to end the session");
    CHECK(next_wake(controls, ms(0)) == kHoldToStop);
    controls.take(Command::HoldStopBegin, ms(500));  // a key's repeat does not restart the hold
    CHECK_FALSE(controls.held_to_stop(ms(999)));
    CHECK(controls.held_to_stop(ms(1000)));
    CHECK_FALSE(controls.held_to_stop(ms(2000)));  // the hold is over

    controls.take(Command::HoldStopBegin, ms(3000));
    CHECK(controls.take(Command::HoldStopEnd, ms(3500)));
    CHECK_FALSE(controls.held_to_stop(ms(5000)));
    CHECK(controls.urgent_status(ms(5000)).empty());
}

TEST_CASE("organizer controls: the keys help and the close-request notice last, then wake") {
    OrganizerControls controls("stop the talk", KeyMode::Play);
    CHECK_FALSE(controls.keys_up(ms(0)));
    CHECK(controls.take(Command::ShowKeys, ms(1000)));
    CHECK(controls.keys_up(ms(1000) + kKeysHelpFor - Micros{1}));
    CHECK_FALSE(controls.keys_up(ms(1000) + kKeysHelpFor));
    CHECK(next_wake(controls, ms(1000)) == ms(1000) + kKeysHelpFor);

    controls.close_request_ignored(ms(2000));
    CHECK(controls.urgent_status(ms(2000)) ==
          "close request ignored: hold Escape to stop the talk");
    CHECK(controls.urgent_status(ms(2000) + kNoticeFor).empty());
    CHECK(next_wake(controls, ms(2000)) == ms(2000) + kNoticeFor);
}

TEST_CASE("organizer controls: a show's own commands are left to it") {
    OrganizerControls controls("stop the talk", KeyMode::Play);
    for (const Command command : {Command::Start, Command::Next, Command::Pause, Command::Quit,
                                  Command::CloseRequest, Command::SkipTalk, Command::LockedKey})
        CHECK_FALSE(controls.take(command, ms(0)));
    CHECK(controls.blank() == Blank::None);
    CHECK(controls.urgent_status(ms(0)).empty());
    CHECK(next_wake(controls, ms(0)) == Micros::max());
}
