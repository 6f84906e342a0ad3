#include "shell/remote/phone_server.hpp"

#include <civetweb.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "core/remote/phone_action.hpp"
#include "shell/remote/slide_thumbnail.hpp"

namespace lightning {

extern const std::string_view kPhonePage;  // assets/phone/phone.html, built in

namespace {

constexpr Micros kEverySecond{1'000'000};
constexpr size_t kMostBody = 512;  // the longest command a phone POSTs

// A bare answer: no body, no server name, nothing that tells one refusal from another.
int answer(mg_connection* connection, int status, const char* reason) {
    mg_printf(connection,
              "HTTP/1.1 %d %s\r\nContent-Length: 0\r\nCache-Control: no-store\r\n"
              "Connection: close\r\n\r\n",
              status, reason);
    return status;
}

int answer_body(mg_connection* connection, const char* type, std::string_view body,
                bool head = false) {
    mg_printf(connection,
              "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
              "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
              "Referrer-Policy: no-referrer\r\n\r\n",
              type, body.size());
    if (!head) mg_write(connection, body.data(), body.size());
    return 200;
}

}  // namespace

PhoneServer::PhoneServer(const PhoneServerOptions& options, PhoneSecrets secrets,
                         RemoteInbox& inbox, const Clock& clock, std::function<void()> wake)
    : secrets_(std::move(secrets)),
      inbox_(inbox),
      clock_(clock),
      wake_(std::move(wake)),
      max_viewers_(options.max_viewers),
      record_visits_(options.record_visits),
      snapshot_(std::make_shared<Snapshot>()),
      rate_(20, 1024) {
    mg_init_library(0);
    const std::string ports = options.bind + ":" + std::to_string(options.port);
    const std::string threads = std::to_string(options.max_viewers + 8);
    // A request's headers must arrive within 5 s and fit 8 KB (a slow or silent client is
    // dropped); an idle kept-alive connection goes after 5 s; a phone that stops reading its
    // stream is dropped when a write has waited 5 s.
    const char* config[] = {"listening_ports",
                            ports.c_str(),
                            "num_threads",
                            threads.c_str(),
                            "request_timeout_ms",
                            "5000",
                            "keep_alive_timeout_ms",
                            "5000",
                            "enable_keep_alive",
                            "yes",
                            "max_request_size",
                            "8192",
                            "tcp_nodelay",
                            "1",
                            nullptr};
    mg_callbacks callbacks{};
    // civetweb's own messages would go to stderr mid-talk; a refused request is counted instead.
    callbacks.log_message = [](const mg_connection*, const char*) { return 1; };
    char error_text[256] = "";
    mg_error_data error{};
    error.text = error_text;
    error.text_buffer_size = sizeof error_text;
    mg_init_data init{};
    init.callbacks = &callbacks;
    init.user_data = this;
    init.configuration_options = config;
    context_ = mg_start2(&init, &error);
    if (!context_) {
        mg_exit_library();
        throw std::runtime_error("the phone server cannot listen on " + ports +
                                 " (tcp): " + (error_text[0] ? error_text : "the port is taken?") +
                                 "; choose another with --phone-port or --phone-bind");
    }
    mg_server_port listening{};
    if (mg_get_server_ports(context_, 1, &listening) == 1) port_ = listening.port;
    mg_set_request_handler(context_, "/", &PhoneServer::on_request, this);
}

PhoneServer::~PhoneServer() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    mg_stop(context_);  // waits for every handler to return
    mg_exit_library();
}

void PhoneServer::publish_sheets(std::vector<PhoneSheet> sheets) {
    sheets_ = std::make_shared<const std::vector<PhoneSheet>>(std::move(sheets));
    ++sheets_version_;
    streamed_.reset();  // the next status goes out, carrying the new sheets
}

void PhoneServer::publish_status(const LiveStatus& status, Micros now,
                                 const std::string& projected_end) {
    SpeakerMessage message;
    {
        const std::lock_guard lock(mutex_);
        // A message is for the speaker on stage: the next talk on stage starts without it.
        if (stage_talk_ && *stage_talk_ != status.talk && !message_.text.empty())
            message_ = SpeakerMessage{message_.id + 1, ""};
        message = message_;
    }
    stage_talk_ = status.talk;
    const bool message_changed = snapshot()->message != message;
    if (streamed_ && !message_changed && now - streamed_at_ < kEverySecond &&
        !phone_status_news(*streamed_, streamed_at_, status, now))
        return;
    auto next = std::make_shared<Snapshot>();
    next->seq = ++seq_;
    next->status = status;
    next->at = now;
    next->projected_end = projected_end;
    next->message = std::move(message);
    next->sheets = sheets_;
    next->sheets_version = sheets_version_;
    streamed_ = status;
    streamed_at_ = now;
    swap_in(std::move(next));
}

void PhoneServer::offer_slide(size_t talk, int slide, std::shared_ptr<const SDL_Surface> pixels) {
    const std::lock_guard lock(mutex_);
    for (const Thumbnail& held : thumbnails_)
        if (held.talk == talk && held.slide == slide && held.pixels == pixels) return;
    std::erase_if(thumbnails_,
                  [&](const Thumbnail& held) { return held.talk == talk && held.slide == slide; });
    thumbnails_.push_back(Thumbnail{talk, slide, std::move(pixels), {}});
    // The current and the next slide, and the one before (a late request after a flip).
    while (thumbnails_.size() > 3) thumbnails_.erase(thumbnails_.begin());
}

std::vector<std::string> PhoneServer::take_lines() {
    const std::lock_guard lock(mutex_);
    std::vector<std::string> out;
    out.swap(lines_);
    return out;
}

std::vector<PhoneVisit> PhoneServer::take_visits() {
    const std::lock_guard lock(mutex_);
    std::vector<PhoneVisit> out;
    out.swap(new_visits_);
    return out;
}

void PhoneServer::record_visit(PhoneVisit visit) {
    {
        const std::lock_guard lock(mutex_);
        if (!visits_.first(visit)) return;
        new_visits_.push_back(std::move(visit));
    }
    if (wake_) wake_();
}

std::shared_ptr<const PhoneServer::Snapshot> PhoneServer::snapshot() const {
    const std::lock_guard lock(mutex_);
    return snapshot_;
}

void PhoneServer::swap_in(std::shared_ptr<Snapshot> next) {
    {
        const std::lock_guard lock(mutex_);
        snapshot_ = std::move(next);
    }
    changed_.notify_all();
}

int PhoneServer::on_request(mg_connection* connection, void* server) {
    return static_cast<PhoneServer*>(server)->handle(connection);
}

int PhoneServer::handle(mg_connection* connection) {
    const mg_request_info* info = mg_get_request_info(connection);
    const char* path = info->local_uri_raw ? info->local_uri_raw : "";
    const PhoneRequest request = route_phone_request(info->request_method, path, secrets_);
    if (request.kind == PhoneRequest::Kind::NotFound) {
        ++refused_;
        return answer(connection, 404, "Not Found");
    }
    {
        const std::lock_guard lock(mutex_);
        if (!rate_.allow(info->remote_addr, clock_.now())) {
            ++refused_;
            return answer(connection, 429, "Too Many Requests");
        }
    }
    if (record_visits_ &&
        (request.kind == PhoneRequest::Kind::Page || request.kind == PhoneRequest::Kind::Events))
        record_visit(PhoneVisit{request.role, request.talk,
                                request.kind == PhoneRequest::Kind::Events, info->remote_addr});
    switch (request.kind) {
        case PhoneRequest::Kind::Page:
            return answer_body(connection, "text/html; charset=utf-8", kPhonePage,
                               std::string_view(info->request_method) == "HEAD");
        case PhoneRequest::Kind::Events:
            return serve_events(connection, request);
        case PhoneRequest::Kind::Slide:
            return serve_slide(connection, request);
        case PhoneRequest::Kind::Command:
            return serve_command(connection);
        case PhoneRequest::Kind::NotFound:
            break;
    }
    return answer(connection, 404, "Not Found");
}

int PhoneServer::serve_slide(mg_connection* connection, const PhoneRequest& request) {
    const auto current = snapshot();
    // A speaker sees their own talk's slides only, and only while it is on stage.
    const size_t talk = current->status.talk;
    if (request.role == PhoneRole::Speaker && request.talk != talk)
        return answer(connection, 404, "Not Found");
    std::shared_ptr<const SDL_Surface> pixels;
    {
        const std::lock_guard lock(mutex_);
        for (const Thumbnail& held : thumbnails_)
            if (held.talk == talk && held.slide == request.slide) {
                if (!held.jpeg.empty())
                    return answer_body(connection, "image/jpeg", std::string(held.jpeg));
                pixels = held.pixels;
            }
    }
    if (!pixels) return answer(connection, 404, "Not Found");
    // Made here, on this request's thread, outside the lock; kept for the next phone.
    std::string jpeg = jpeg_thumbnail(*pixels, 640, 640);
    if (jpeg.empty()) return answer(connection, 404, "Not Found");
    {
        const std::lock_guard lock(mutex_);
        for (Thumbnail& held : thumbnails_)
            if (held.talk == talk && held.slide == request.slide && held.pixels == pixels)
                held.jpeg = jpeg;
    }
    return answer_body(connection, "image/jpeg", jpeg);
}

int PhoneServer::serve_command(mg_connection* connection) {
    const mg_request_info* info = mg_get_request_info(connection);
    if (info->content_length < 0 || info->content_length > static_cast<long long>(kMostBody))
        return answer(connection, 413, "Content Too Large");
    std::string body(static_cast<size_t>(info->content_length), '\0');
    size_t got = 0;
    while (got < body.size()) {
        const int n = mg_read(connection, body.data() + got, body.size() - got);
        if (n <= 0) return answer(connection, 400, "Bad Request");
        got += static_cast<size_t>(n);
    }
    std::string why;
    const auto action = phone_action(body, &why);
    if (!action) {
        mg_printf(connection,
                  "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\n"
                  "Content-Length: %zu\r\nCache-Control: no-store\r\n\r\n%s",
                  why.size(), why.c_str());
        return 400;
    }
    if (action->message) {
        {
            const std::lock_guard lock(mutex_);
            message_ = SpeakerMessage{message_.id + 1, *action->message};
            lines_.push_back(action->message->empty()
                                 ? "phone: the organizer cleared the speaker's message"
                                 : "phone: the organizer tells the speaker: " + *action->message);
        }
        if (wake_) wake_();  // the loop streams it with the next status
        return answer(connection, 202, "Accepted");
    }
    bool wake = false;
    if (!inbox_.post(*action->command, clock_.now(), &wake)) {
        ++refused_;
        return answer(connection, 429, "Too Many Requests");
    }
    // Answered before the loop is woken: a command that ends the show (End between talks) stops
    // this server, and civetweb writes nothing once stopping: the phone said "not sent".
    const int status = answer(connection, 202, "Accepted");
    if (wake && wake_) wake_();
    return status;
}

}  // namespace lightning
