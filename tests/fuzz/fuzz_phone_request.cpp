// libFuzzer target: what a phone (or anyone on the network) sends the phone server. The first
// byte picks the method (GET, HEAD, POST, or the first line as the method), then a path line and
// the body. A request is routed to something only under one of the run's secrets, with the role
// and talk that secret gives; a command only for the organizer's POST. A body is refused with a
// reason, or read as exactly one command or one message that fits the page (at most 280 bytes of
// valid UTF-8: the status JSON it goes into must be written without an exception).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/remote/phone_action.hpp"
#include "core/remote/phone_request.hpp"
#include "core/remote/phone_status.hpp"

namespace {

std::string_view next_line(std::string_view& text) {
    const size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    return line;
}

bool starts_with_secret(std::string_view path, const std::string& secret) {
    return path.size() > secret.size() + 1 && path[0] == '/' &&
           path.substr(1, secret.size()) == secret && path[secret.size() + 1] == '/';
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const lightning::PhoneSecrets secrets{
        "0123456789abcdef0123456789abcdef",
        {"fedcba9876543210fedcba9876543210", "00112233445566778899aabbccddeeff"}};
    if (size == 0) return 0;
    std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::string_view method;
    switch (data[0] % 4) {
        case 0:
            method = "GET";
            break;
        case 1:
            method = "HEAD";
            break;
        case 2:
            method = "POST";
            break;
        default:
            method = next_line(text);
    }
    const std::string_view path = next_line(text);
    const std::string_view body = text;

    using Kind = lightning::PhoneRequest::Kind;
    const lightning::PhoneRequest request = lightning::route_phone_request(method, path, secrets);
    if (request.kind != Kind::NotFound) {
        if (request.role == lightning::PhoneRole::Organizer) {
            if (!starts_with_secret(path, secrets.organizer) || request.talk != 0) std::abort();
        } else {
            if (request.talk >= secrets.speakers.size() ||
                !starts_with_secret(path, secrets.speakers[request.talk]))
                std::abort();
        }
        if ((request.kind == Kind::Command) !=
            (method == "POST" && request.role == lightning::PhoneRole::Organizer))
            std::abort();
        if ((request.kind == Kind::Slide) != (request.slide >= 0)) std::abort();
    }

    std::string why;
    const auto action = lightning::phone_action(body, &why);
    if (!action) {
        if (why.empty()) std::abort();
        return 0;
    }
    if (action->command.has_value() == action->message.has_value()) std::abort();
    if (action->command &&
        action->command->command.has_value() == action->command->extend.has_value())
        std::abort();
    if (action->message) {
        if (action->message->size() > lightning::kPhoneMessageBytes) std::abort();
        lightning::LiveStatus status;
        status.state = lightning::LiveStatus::State::Running;
        const std::string json = lightning::phone_status_json(status, lightning::Micros{0}, 1, 0,
                                                              {1, *action->message}, "");
        if (json.find("\"message\"") == std::string::npos) std::abort();
    }
    return 0;
}
