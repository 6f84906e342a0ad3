#pragma once
// The phone's URLs for a run (docs/phone.md): the shell's server makes them at start-up with
// fresh secrets and gives them to the show (Show::set_phone_links), which puts the right one on
// each title card and on the presenter view as a QR code, so each speaker scans their own.
#include <string>
#include <vector>

namespace lightning {

struct PhoneLinks {
    // The speaker's page of each talk of the lineup, in its order (a play or a rehearsal: one).
    std::vector<std::string> speaker;
    std::string organizer;  // the organizer's remote (never drawn on the audience's screen)
    bool operator==(const PhoneLinks&) const = default;
};

}  // namespace lightning
