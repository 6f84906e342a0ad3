#pragma once
// Commands from a remote's server thread (OSC, a phone) to the clock's thread. The servers post,
// the window loop takes them on its own thread and sends them through Show::send like a key. A
// flood can neither grow memory nor keep the clock's thread busy: the inbox holds a few commands
// (more are dropped and counted), accepts at most a handful a second from all remotes together,
// and the loop's side only swaps a vector under a lock.
#include <cstddef>
#include <mutex>
#include <optional>
#include <vector>

#include "core/show/command.hpp"
#include "core/time/clock.hpp"

namespace lightning {

// An organizer's command from a remote: a Command, or a break extended by `extend`.
struct RemoteCommand {
    std::optional<Command> command;
    std::optional<Micros> extend;
    CommandSource source = CommandSource::Osc;
    bool operator==(const RemoteCommand&) const = default;
};

class RemoteInbox {
public:
    // `capacity`: commands held until the loop takes them; `per_second`: accepted in any second.
    explicit RemoteInbox(size_t capacity = 16, int per_second = 20);

    // A server thread posts a command at its clock time `now`; false when it was dropped (the
    // inbox is full, or the second's share is used up). True also tells the caller to wake the
    // loop when `wake` is set (only the first post after a take needs to).
    bool post(const RemoteCommand& command, Micros now, bool* wake = nullptr);
    // The loop's thread: the commands posted since the last take, oldest first.
    std::vector<RemoteCommand> take();
    // How many were dropped so far (said on the terminal by the loop).
    size_t dropped() const;

private:
    mutable std::mutex mutex_;
    std::vector<RemoteCommand> waiting_;
    size_t capacity_;
    int per_second_;
    Micros second_start_{Micros::min()};
    int this_second_ = 0;
    size_t dropped_ = 0;
};

}  // namespace lightning
