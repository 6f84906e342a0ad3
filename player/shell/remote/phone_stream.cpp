// One phone's event stream (docs/phone.md): the talk sheet, then each snapshot the loop swaps in
// (news at once, the rest once a second), until the phone goes or the server stops. Runs on the
// civetweb thread the phone's request came in on; it reads snapshots and never the show.
#include <civetweb.h>

#include "shell/remote/phone_server.hpp"

namespace lightning {

namespace {

// Writes all of `text`; false when the phone is gone or stopped reading (civetweb gives up after
// request_timeout_ms, so a phone that never reads cannot hold its thread for long).
bool send_all(mg_connection* connection, const std::string& text) {
    return mg_write(connection, text.data(), text.size()) == static_cast<int>(text.size());
}

bool send_event(mg_connection* connection, const char* name, const std::string& json) {
    return send_all(connection, std::string("event: ") + name + "\ndata: " + json + "\n\n");
}

}  // namespace

int PhoneServer::serve_events(mg_connection* connection, const PhoneRequest& request) {
    const int open = ++viewers_;
    if (open > max_viewers_) {
        --viewers_;
        ++refused_;
        mg_printf(connection,
                  "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 5\r\n"
                  "Connection: close\r\n\r\n");
        return 503;
    }
    size_t peak = viewers_peak_;
    while (static_cast<size_t>(open) > peak && !viewers_peak_.compare_exchange_weak(peak, open)) {
    }
    // "retry": EventSource reconnects after a second when the stream breaks.
    mg_printf(connection,
              "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
              "X-Accel-Buffering: no\r\nConnection: close\r\n\r\nretry: 1000\n\n");
    const std::optional<size_t> speaker_talk =
        request.role == PhoneRole::Speaker ? std::optional<size_t>(request.talk) : std::nullopt;
    std::uint64_t sent_seq = 0, sent_sheets = 0;
    std::optional<size_t> sent_talk;
    for (;;) {
        std::shared_ptr<const Snapshot> now;
        {
            std::unique_lock lock(mutex_);
            // Wakes for a new snapshot; else after a second, to find a phone that has gone.
            changed_.wait_for(lock, std::chrono::seconds(1),
                              [&] { return stopping_ || snapshot_->seq != sent_seq; });
            if (stopping_) break;
            now = snapshot_;
        }
        if (!now->sheets) {  // the loop has not published yet
            if (!send_all(connection, ": waiting\n\n")) break;
            continue;
        }
        // A speaker's sheet is their talk's, sent once; the organizer's follows the stage.
        const size_t talk = speaker_talk ? *speaker_talk : now->status.talk;
        if (now->sheets_version != sent_sheets || sent_talk != talk) {
            if (!send_event(connection, "talk", phone_talk_json(*now->sheets, talk, request.role)))
                break;
            sent_sheets = now->sheets_version;
            sent_talk = talk;
        }
        if (now->seq == sent_seq) {  // nothing new for a second: a comment keeps the line alive
            if (!send_all(connection, ": alive\n\n")) break;
            continue;
        }
        const std::string json = phone_status_json(now->status, now->at, now->seq, speaker_talk,
                                                   now->message, now->projected_end);
        if (!send_event(connection, "status", json)) break;
        sent_seq = now->seq;
    }
    --viewers_;
    return 200;
}

}  // namespace lightning
