#pragma once
// What `lightning phone` (the check before the session) says on the terminal of what the phones
// do: a page or its live stream opened from an address, and an organizer's command, which the
// check prints with what the show would do and then ignores. Pure.
#include <string>

#include "core/remote/phone_visits.hpp"
#include "core/remote/remote_inbox.hpp"

namespace lightning {

// "phone: talk 2's speaker page opened from 192.168.1.23", "phone: the organizer's page follows
// the live status from ...". `talks`: the lineup's (one: "the speaker's page").
std::string phone_visit_line(const PhoneVisit& visit, size_t talks);

// "phone: the organizer's phone sent start: the show would start talk 1; this is a check:
// nothing is played". `talk`: the talk whose title card the check shows (0-based).
std::string phone_check_command_line(const RemoteCommand& command, size_t talk);

}  // namespace lightning
