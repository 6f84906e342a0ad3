#pragma once
// The show as OSC messages, and OSC messages as the organizer's commands: a pure mapping (the
// shell's liblo threads only carry bytes), so what an AV desk sees and may do is unit-tested here.
//   out  /lightning/talk       i talk (1-based)  s title  s speaker
//        /lightning/slide      i k (1-based)  i n  f seconds to the next flip (-1: none)
//        /lightning/remaining  f talk seconds  f slide seconds  s state
//        /lightning/session    i talks done  i talks  s projected end ("17:45", "" unknown)
//   in   /lightning/start  /skip  /back  /end  /pause  /blank  (no arguments, or any: ignored)
//        /lightning/extend  f|i seconds
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/remote/live_status.hpp"
#include "core/remote/remote_inbox.hpp"
#include "core/show/command.hpp"

namespace lightning {

using OscArg = std::variant<int, float, std::string>;

struct OscMessage {
    std::string address;
    std::vector<OscArg> args;
    bool operator==(const OscMessage&) const = default;
};

// What to send now, given what was last sent (`before`; none: everything) and whether the
// once-a-second refresh is due: what changed as it happens, and all four once a second.
// `wall_text` turns a wall time into the time of day ("17:45").
std::vector<OscMessage> osc_updates(const std::optional<LiveStatus>& before, const LiveStatus& now,
                                    bool every_second,
                                    std::string (*wall_text)(WallTime) = nullptr);

// The command a message asks for (its source: Osc); nullopt (with `why`) for an address or
// arguments that are not one: the message is dropped and never half-applied.
std::optional<RemoteCommand> osc_command(const OscMessage& message, std::string* why = nullptr);

}  // namespace lightning
