#pragma once
// The organizer's phone acts by POSTing one line: a command word (the same words as OSC's), a
// break extension, or a message for the speaker's phone. Pure, so the server thread only parses
// here and posts the result; what the show does with it is the show's business.
#include <optional>
#include <string>
#include <string_view>

#include "core/remote/remote_inbox.hpp"

namespace lightning {

struct PhoneAction {
    std::optional<RemoteCommand> command;  // start, skip, ..., extend SECONDS (source: Phone)
    std::optional<std::string> message;    // "message TEXT": for the speaker ("": cleared)
    bool operator==(const PhoneAction&) const = default;
};

// The longest message a speaker's phone shows (in bytes of UTF-8): "wrap up", "one more
// minute", not a letter.
inline constexpr size_t kPhoneMessageBytes = 280;

// `body`: "skip", "extend 300", "message wrap up" (a trailing newline is allowed). nullopt, with
// `why`, for anything else: an unknown word, a bad number, a message that is too long or not
// UTF-8 or holds control characters.
std::optional<PhoneAction> phone_action(std::string_view body, std::string* why = nullptr);

}  // namespace lightning
