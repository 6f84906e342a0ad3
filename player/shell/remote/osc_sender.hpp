#pragma once
// OSC out: the show's status sent to each --osc-send HOST:PORT from a thread of its own. The
// window loop only publishes a copy of the status (a lock and a compare); this thread sends what
// changed as it happens and everything once a second (core/remote/osc_mapping), so a slow or
// unreachable desk never delays a flip.
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/remote/live_status.hpp"
#include "core/time/clock.hpp"

namespace lightning {

class OscSender {
public:
    // `targets`: "HOST:PORT" each; throws std::invalid_argument naming a malformed one.
    OscSender(const std::vector<std::string>& targets, const Clock& clock);
    ~OscSender();
    OscSender(const OscSender&) = delete;
    OscSender& operator=(const OscSender&) = delete;

    // The loop's thread: the status now. Wakes the sender only when it changed.
    void publish(const LiveStatus& status);

private:
    void run();

    struct Target;  // one desk's liblo address, freed with it
    std::vector<std::unique_ptr<Target>> targets_;
    const Clock& clock_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::optional<LiveStatus> latest_;
    bool fresh_ = false;
    bool stopping_ = false;
    std::thread thread_;
};

// "HOST:PORT" split; throws std::invalid_argument for anything else.
std::pair<std::string, int> osc_target(const std::string& text);

}  // namespace lightning
