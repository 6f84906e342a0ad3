#pragma once
// The phone's HTTP server (docs/phone.md): civetweb on its own threads, bound to one address,
// serving the page built into the program, the live state as Server-Sent Events, two thumbnails
// and the organizer's commands, each only under its secret. The window loop publishes a snapshot
// (a pointer swap under a short lock) and the servers' threads read it: nothing here waits on the
// clock's thread or makes it wait. Commands go into the same inbox as OSC's, rate-capped.
#include <SDL.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/remote/live_status.hpp"
#include "core/remote/phone_request.hpp"
#include "core/remote/phone_sheet.hpp"
#include "core/remote/phone_status.hpp"
#include "core/remote/phone_visits.hpp"
#include "core/remote/remote_inbox.hpp"
#include "core/remote/request_rate.hpp"
#include "core/time/clock.hpp"

struct mg_context;
struct mg_connection;

namespace lightning {

struct PhoneServerOptions {
    std::string bind = "127.0.0.1";
    int port = 8765;  // 0: any free port (tests)
    // Event streams open at once (one a phone); more are answered 503. Each holds one of
    // civetweb's threads, so the pool is this plus a few for pages, thumbnails and commands.
    int max_viewers = 256;
    // Keep the first time each address opens each page or its event stream (take_visits): the
    // phone check's report (`lightning phone`). A show leaves it off: nothing is kept or said.
    bool record_visits = false;
};

class PhoneServer {
public:
    // Starts listening. Throws std::runtime_error naming the address when it cannot (the port is
    // taken, the address is not this machine's). `wake` is called on a server thread when the
    // loop should take the inbox.
    PhoneServer(const PhoneServerOptions& options, PhoneSecrets secrets, RemoteInbox& inbox,
                const Clock& clock, std::function<void()> wake);
    ~PhoneServer();  // ends every stream and stops civetweb's threads
    PhoneServer(const PhoneServer&) = delete;
    PhoneServer& operator=(const PhoneServer&) = delete;

    int port() const { return port_; }
    const PhoneSecrets& secrets() const { return secrets_; }

    // The window loop's thread. The talks' sheets (again when an event's deck changed).
    void publish_sheets(std::vector<PhoneSheet> sheets);
    // The show's status at clock time `now`: streamed when it is news, and once a second.
    void publish_status(const LiveStatus& status, Micros now, const std::string& projected_end);
    // The decoded pixels of slide `slide` of talk `talk` (null: not decoded yet).
    void offer_slide(size_t talk, int slide, std::shared_ptr<const SDL_Surface> pixels);
    // The organizer's message for the speaker (parsed on a server thread, shown by the loop's
    // terminal): taken by the loop.
    std::vector<std::string> take_lines();
    // With record_visits: the phones that opened a page or a stream for the first time since the
    // last call (each address once per page and stream, so not a reconnect); `wake` is called
    // when there is one.
    std::vector<PhoneVisit> take_visits();

    // Counted for the closing lines and the benchmark.
    size_t refused() const { return refused_; }  // 404s, 503s, 429s
    size_t viewers_peak() const { return viewers_peak_; }

private:
    // What every stream reads: swapped whole by the loop, never changed after.
    struct Snapshot {
        std::uint64_t seq = 0;
        LiveStatus status;
        Micros at{0};
        std::string projected_end;
        SpeakerMessage message;
        std::shared_ptr<const std::vector<PhoneSheet>> sheets;
        std::uint64_t sheets_version = 0;
    };
    struct Thumbnail {
        size_t talk = 0;
        int slide = -1;
        std::shared_ptr<const SDL_Surface> pixels;
        std::string jpeg;  // made on first request
    };

    static int on_request(mg_connection* connection, void* server);
    int handle(mg_connection* connection);
    int serve_page(mg_connection* connection);
    int serve_events(mg_connection* connection, const PhoneRequest& request);
    int serve_slide(mg_connection* connection, const PhoneRequest& request);
    int serve_command(mg_connection* connection);
    void record_visit(PhoneVisit visit);
    std::shared_ptr<const Snapshot> snapshot() const;
    void swap_in(std::shared_ptr<Snapshot> next);

    PhoneSecrets secrets_;
    RemoteInbox& inbox_;
    const Clock& clock_;
    std::function<void()> wake_;
    int max_viewers_;
    bool record_visits_;
    int port_ = 0;

    mutable std::mutex mutex_;  // guards the members below; held only for a copy or a swap
    std::condition_variable changed_;
    std::shared_ptr<const Snapshot> snapshot_;
    bool stopping_ = false;
    std::vector<Thumbnail> thumbnails_;  // the current and the next slide
    RequestRate rate_;
    std::vector<std::string> lines_;
    PhoneVisits visits_;                  // with record_visits: every visit seen
    std::vector<PhoneVisit> new_visits_;  // ... and those not yet taken

    // The loop's side only (no lock): what was last streamed, to tell news.
    std::optional<LiveStatus> streamed_;
    Micros streamed_at_{0};
    std::optional<size_t> stage_talk_;  // the talk on stage at the last status
    std::uint64_t seq_ = 0;
    std::uint64_t sheets_version_ = 0;
    std::shared_ptr<const std::vector<PhoneSheet>> sheets_;
    SpeakerMessage message_;  // written by a server thread under mutex_

    std::atomic<size_t> refused_{0};
    std::atomic<size_t> viewers_peak_{0};
    std::atomic<int> viewers_{0};
    mg_context* context_ = nullptr;
};

}  // namespace lightning
