// What an AV desk is sent over OSC and what it may send: the show's status as messages (what
// changed at once, everything once a second), and messages as organizer commands (anything else
// dropped whole).
#include <doctest/doctest.h>

#include <cmath>

#include "core/remote/osc_mapping.hpp"

using namespace lightning;

namespace {

LiveStatus running() {
    LiveStatus s;
    s.state = LiveStatus::State::Running;
    s.talk = 1;
    s.talks = 3;
    s.talks_done = 1;
    s.title = "Grace";
    s.speaker = "G. Hopper";
    s.slide = 4;
    s.slides = 20;
    s.next_flip = Micros{7'250'000};
    s.talk_left = Micros{232'500'000};
    s.slide_left = Micros{7'250'000};
    s.projected_end = WallTime{std::chrono::seconds{1'800'000'000}};
    return s;
}

std::string fixed_time(WallTime) {
    return "17:45:30";
}

std::vector<std::string> addresses(const std::vector<OscMessage>& messages) {
    std::vector<std::string> out;
    for (const auto& m : messages) out.push_back(m.address);
    return out;
}

}  // namespace

TEST_CASE("osc out: the first update and each second's carry all four, with their numbers") {
    const LiveStatus s = running();
    const auto first = osc_updates(std::nullopt, s, false, fixed_time);
    REQUIRE(addresses(first) == std::vector<std::string>{"/lightning/talk", "/lightning/slide",
                                                         "/lightning/remaining",
                                                         "/lightning/session"});
    CHECK(first[0].args == std::vector<OscArg>{2, std::string("Grace"), std::string("G. Hopper")});
    CHECK(std::get<int>(first[1].args[0]) == 5);  // slide 5 of 20, as the room counts
    CHECK(std::get<int>(first[1].args[1]) == 20);
    CHECK(std::get<float>(first[1].args[2]) == doctest::Approx(7.25));
    CHECK(std::get<float>(first[2].args[0]) == doctest::Approx(232.5));
    CHECK(std::get<std::string>(first[2].args[2]) == "running");
    CHECK(first[3].args == std::vector<OscArg>{1, 3, std::string("17:45:30")});
    CHECK(osc_updates(s, s, true, fixed_time).size() == 4);
}

TEST_CASE("osc out: between seconds only what changed, as it happens") {
    const LiveStatus before = running();
    LiveStatus now = before;
    now.talk_left -= Micros{300'000};  // time alone: nothing until the second's refresh
    CHECK(osc_updates(before, now, false).empty());
    now.slide = 5;
    now.next_flip = Micros{15'000'000};
    CHECK(addresses(osc_updates(before, now, false)) ==
          std::vector<std::string>{"/lightning/slide"});
    now.state = LiveStatus::State::Paused;
    now.next_flip.reset();
    const auto paused = osc_updates(before, now, false);
    CHECK(addresses(paused) ==
          std::vector<std::string>{"/lightning/slide", "/lightning/remaining"});
    CHECK(std::get<float>(paused[0].args[2]) == -1.0f);  // no flip while paused
    CHECK(std::get<std::string>(paused[1].args[2]) == "paused");
    now.talk = 2;
    now.talks_done = 2;
    CHECK(addresses(osc_updates(before, now, false)).front() == "/lightning/talk");
    CHECK(addresses(osc_updates(before, now, false)).back() == "/lightning/session");
    now.projected_end.reset();
    CHECK(std::get<std::string>(osc_updates(std::nullopt, now, false, fixed_time)[3].args[2])
              .empty());
}

TEST_CASE("osc in: the organizer's commands, and nothing else") {
    const auto command = [](const std::string& address, std::vector<OscArg> args = {}) {
        return osc_command({address, std::move(args)});
    };
    CHECK(command("/lightning/start")->command == Command::Start);
    CHECK(command("/lightning/skip")->command == Command::SkipTalk);
    CHECK(command("/lightning/back")->command == Command::BackTalk);
    CHECK(command("/lightning/end")->command == Command::End);
    CHECK(command("/lightning/pause")->command == Command::Pause);
    CHECK(command("/lightning/blank")->command == Command::BlankBlack);
    // Every command an OSC desk can send is one a remote may send.
    for (const char* name : {"start", "skip", "back", "end", "pause", "blank"})
        CHECK(remote_may_send(*command(std::string("/lightning/") + name)->command));
    const auto extend = command("/lightning/extend", {120});
    REQUIRE(extend);
    CHECK(!extend->command);
    CHECK(extend->extend == Micros{120'000'000});
    CHECK(command("/lightning/extend", {90.5f})->extend == Micros{90'500'000});

    std::string why;
    CHECK(!osc_command({"/lightning/quit", {}}, &why));
    CHECK(why.find("unknown address") != std::string::npos);
    CHECK(!osc_command({"/other/start", {}}, &why));
    CHECK(!command("/lightning/extend"));
    CHECK(!command("/lightning/extend", {std::string("60")}));
    CHECK(!command("/lightning/extend", {-5}));
    CHECK(!command("/lightning/extend", {0}));
    CHECK(!command("/lightning/extend", {std::nanf("")}));
    CHECK(!command("/lightning/extend", {1e9f}));
    CHECK(!command("/lightning/extend", {1, 2}));
    CHECK(!command("/lightning/startx"));
    CHECK(!command("/lightning/"));
}
