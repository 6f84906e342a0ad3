// `lightning phone`'s report (the check before the session): each phone's first visit to a page
// or its live stream is told once, however often it reloads or reconnects, and an organizer's
// command is told with what the show would do, and that nothing is played.
#include <doctest/doctest.h>

#include "core/remote/phone_action.hpp"
#include "core/remote/phone_check_lines.hpp"
#include "core/remote/phone_visits.hpp"

using namespace lightning;

TEST_CASE("phone visits: once per address, role, talk and page or stream") {
    PhoneVisits visits;
    const PhoneVisit page{PhoneRole::Speaker, 1, false, "192.168.1.23"};
    CHECK(visits.first(page));
    CHECK_FALSE(visits.first(page));  // a reload
    PhoneVisit stream = page;
    stream.stream = true;
    CHECK(visits.first(stream));
    CHECK_FALSE(visits.first(stream));  // the stream reconnecting
    PhoneVisit other = page;
    other.address = "192.168.1.40";
    CHECK(visits.first(other));
    PhoneVisit talk = page;
    talk.talk = 2;
    CHECK(visits.first(talk));
    CHECK(visits.first(PhoneVisit{PhoneRole::Organizer, 0, false, "192.168.1.23"}));
    CHECK(visits.size() == 5);
}

TEST_CASE("phone visits: a flood of addresses stops at the bound") {
    PhoneVisits visits(3);
    for (int i = 0; i < 3; ++i)
        CHECK(
            visits.first(PhoneVisit{PhoneRole::Speaker, 0, false, "10.0.0." + std::to_string(i)}));
    CHECK_FALSE(visits.first(PhoneVisit{PhoneRole::Speaker, 0, false, "10.0.0.9"}));
    CHECK(visits.size() == 3);
}

TEST_CASE("phone check lines: who opened which page, in the organizer's words") {
    CHECK(phone_visit_line({PhoneRole::Speaker, 1, false, "192.168.1.23"}, 3) ==
          "phone: talk 2's speaker page opened from 192.168.1.23");
    CHECK(phone_visit_line({PhoneRole::Speaker, 1, true, "192.168.1.23"}, 3) ==
          "phone: talk 2's speaker page follows the live status from 192.168.1.23");
    CHECK(phone_visit_line({PhoneRole::Speaker, 0, false, "127.0.0.1"}, 1) ==
          "phone: the speaker's page opened from 127.0.0.1");
    CHECK(phone_visit_line({PhoneRole::Organizer, 0, false, "10.1.1.5"}, 3) ==
          "phone: the organizer's page opened from 10.1.1.5");
}

TEST_CASE("phone check lines: an organizer's command, what it would do, and that it does not") {
    const auto line = [](std::string_view body, size_t talk) {
        const auto action = phone_action(body);
        REQUIRE(action);
        REQUIRE(action->command);
        return phone_check_command_line(*action->command, talk);
    };
    CHECK(line("start", 0) ==
          "phone: the organizer's phone sent start: the show would start talk 1; this is a "
          "check: nothing is played");
    CHECK(line("skip", 2).find("sent skip: the show would skip talk 3;") != std::string::npos);
    CHECK(line("back", 0).find("sent back: the show would go back") != std::string::npos);
    CHECK(line("end", 0).find("would end the session") != std::string::npos);
    CHECK(line("pause", 0).find("sent pause:") != std::string::npos);
    CHECK(line("blank", 0).find("would blank the projector") != std::string::npos);
    CHECK(line("extend 300", 0).find("sent extend: the show would add 5:00 to a break") !=
          std::string::npos);
    for (const char* body : {"start", "skip", "back", "end", "pause", "blank", "extend 60"})
        CHECK(line(body, 0).ends_with("; this is a check: nothing is played"));
}
