#include "shell/remote/osc_sender.hpp"

#include <lo/lo.h>

#include <charconv>
#include <stdexcept>

#include "core/remote/osc_mapping.hpp"
#include "core/time/time_text.hpp"

namespace lightning {

struct OscSender::Target {
    explicit Target(lo_address to) : address(to) {}
    ~Target() { lo_address_free(address); }
    Target(const Target&) = delete;
    Target& operator=(const Target&) = delete;
    lo_address address;
};

std::pair<std::string, int> osc_target(const std::string& text) {
    const auto colon = text.rfind(':');
    int port = 0;
    const char* end = text.data() + text.size();
    if (colon == std::string::npos || colon == 0 ||
        std::from_chars(text.data() + colon + 1, end, port).ptr != end || port < 1 || port > 65535)
        throw std::invalid_argument("--osc-send " + text +
                                    ": write HOST:PORT, like 127.0.0.1:9000 or desk.local:53000");
    return {text.substr(0, colon), port};
}

namespace {

std::string time_of_day(WallTime time) {
    return clock_text(time);
}

void send(lo_address to, const OscMessage& message) {
    lo_message out = lo_message_new();
    for (const OscArg& arg : message.args) {
        if (const auto* i = std::get_if<int>(&arg)) lo_message_add_int32(out, *i);
        if (const auto* f = std::get_if<float>(&arg)) lo_message_add_float(out, *f);
        if (const auto* s = std::get_if<std::string>(&arg)) lo_message_add_string(out, s->c_str());
    }
    lo_send_message(to, message.address.c_str(), out);  // UDP: a desk that is gone costs nothing
    lo_message_free(out);
}

}  // namespace

OscSender::OscSender(const std::vector<std::string>& targets, const Clock& clock) : clock_(clock) {
    for (const auto& text : targets) {
        const auto [host, port] = osc_target(text);
        lo_address address = lo_address_new(host.c_str(), std::to_string(port).c_str());
        if (!address) throw std::invalid_argument("--osc-send " + text + ": not an address");
        targets_.push_back(std::make_unique<Target>(address));
    }
    thread_ = std::thread([this] { run(); });
}

OscSender::~OscSender() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_one();
    thread_.join();
}

void OscSender::publish(const LiveStatus& status) {
    {
        const std::lock_guard lock(mutex_);
        if (latest_ && *latest_ == status) return;
        latest_ = status;
        fresh_ = true;
    }
    changed_.notify_one();
}

void OscSender::run() {
    std::optional<LiveStatus> sent;
    std::optional<Micros> last_full;  // when all four were last sent
    for (;;) {
        LiveStatus now;
        {
            std::unique_lock lock(mutex_);
            // Woken by a change, or every quarter second for the once-a-second refresh.
            changed_.wait_for(lock, std::chrono::milliseconds(250),
                              [this] { return fresh_ || stopping_; });
            if (stopping_) return;
            if (!latest_) continue;
            now = *latest_;
            fresh_ = false;
        }
        const Micros at = clock_.now();
        const bool every_second = !last_full || at - *last_full >= Micros{1'000'000};
        if (every_second) last_full = at;
        for (const OscMessage& message : osc_updates(sent, now, every_second, time_of_day))
            for (const auto& target : targets_) send(target->address, message);
        sent = now;
    }
}

}  // namespace lightning
