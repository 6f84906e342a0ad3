#pragma once
// The phone's server for a run, started with fresh secrets (one for the organizer, one a talk),
// its URLs, and the lines that tell the terminal where phones go: where it listens, the
// organizer's URL and the speakers', with QR codes to scan. The shows (RemoteLink) and
// `lightning phone` (the check before the session) both start it here, so the check prints what
// the show will, but for the secrets.
#include <functional>
#include <memory>
#include <string>

#include "core/remote/phone_links.hpp"
#include "core/remote/remote_inbox.hpp"
#include "core/time/clock.hpp"
#include "shell/remote/phone_options.hpp"
#include "shell/remote/phone_server.hpp"

namespace lightning {

struct StartedPhone {
    std::unique_ptr<PhoneServer> server;
    PhoneLinks links;  // on plan.host, at the port it really listens on (plan.port 0: any)
};

// Starts listening for a lineup of `talks` talks. `record_visits`: see PhoneServerOptions.
// Throws std::runtime_error when it cannot (the port is taken, the address is not this
// machine's).
StartedPhone start_phone(const PhonePlan& plan, size_t talks, RemoteInbox& inbox,
                         const Clock& clock, std::function<void()> wake,
                         bool record_visits = false);

// Which speakers' URLs get a QR code on the terminal: a show's one talk only (an event's title
// cards show each speaker's code when it is their turn), or every talk's (the check, where
// each speaker scans their own before the session).
enum class SpeakerCodes { OneTalkOnly, EveryTalk };

// On stderr: "phone pages on BIND:PORT (tcp)", then the organizer's URL with its code, then each
// speaker's.
void print_phone_links(const std::string& bind, int port, const PhoneLinks& links,
                       SpeakerCodes codes);

}  // namespace lightning
