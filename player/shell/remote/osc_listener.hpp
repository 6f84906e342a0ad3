#pragma once
// OSC in: a UDP socket of its own (bound to one address, loopback unless --osc-bind says
// otherwise: OSC has no authentication) read on its own thread. Each packet is parsed by liblo
// and mapped by core/remote/osc_mapping; an organizer's command goes into the inbox, which the
// window loop empties on the clock's thread. Malformed packets, bundles, unknown addresses and
// wrong types are counted and dropped here, never reaching the show.
#include <atomic>
#include <functional>
#include <string>
#include <thread>

#include "core/remote/remote_inbox.hpp"
#include "core/time/clock.hpp"

namespace lightning {

class OscListener {
public:
    // Listens on `bind`:`port` (port 0: any free one, see port()). Throws std::runtime_error
    // naming the address when it cannot (the port is taken, the address is not this machine's).
    // `wake` is called (on the listener's thread) when the loop should take the inbox.
    OscListener(const std::string& bind, int port, RemoteInbox& inbox, const Clock& clock,
                std::function<void()> wake);
    ~OscListener();
    OscListener(const OscListener&) = delete;
    OscListener& operator=(const OscListener&) = delete;

    int port() const { return port_; }
    size_t dropped() const { return dropped_; }  // packets that were not a command

private:
    void run();
    void handle(const unsigned char* data, size_t size);

    RemoteInbox& inbox_;
    const Clock& clock_;
    std::function<void()> wake_;
    int socket_ = -1;
    int stop_ = -1;  // an eventfd that ends the thread's poll
    int port_ = 0;
    std::atomic<size_t> dropped_{0};
    std::thread thread_;
};

}  // namespace lightning
