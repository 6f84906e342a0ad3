#include "core/remote/phone_action.hpp"

#include <charconv>

#include "core/log/byte_text.hpp"
#include "core/remote/remote_words.hpp"

namespace lightning {

std::optional<PhoneAction> phone_action(std::string_view body, std::string* why) {
    const auto refuse = [&](std::string reason) -> std::optional<PhoneAction> {
        if (why) *why = std::move(reason);
        return std::nullopt;
    };
    if (body.size() > 16 + kPhoneMessageBytes) return refuse("the request is too long");
    while (!body.empty() && (body.back() == '\n' || body.back() == '\r')) body.remove_suffix(1);
    const size_t space = body.find(' ');
    const std::string_view word = body.substr(0, space);
    const std::string_view rest =
        space == std::string_view::npos ? std::string_view{} : body.substr(space + 1);

    if (word == "message") {
        if (rest.size() > kPhoneMessageBytes)
            return refuse("a message holds at most " + std::to_string(kPhoneMessageBytes) +
                          " bytes");
        if (!is_valid_utf8(rest)) return refuse("a message must be UTF-8 text");
        for (const char c : rest)
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
                return refuse("a message is one line of text");
        return PhoneAction{std::nullopt, std::string(rest)};
    }
    if (word == "extend") {
        int seconds = 0;
        const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), seconds);
        const auto by = break_extension(seconds);
        if (rest.empty() || error != std::errc{} || end != rest.data() + rest.size() || !by)
            return refuse("extend takes whole seconds from 1 to 3600");
        return PhoneAction{RemoteCommand{std::nullopt, *by, CommandSource::Phone}, std::nullopt};
    }
    if (const auto command = remote_command_word(word); command && rest.empty())
        return PhoneAction{RemoteCommand{*command, std::nullopt, CommandSource::Phone},
                           std::nullopt};
    return refuse(
        "not a command: start, skip, back, end, pause, blank, extend SECONDS or "
        "message TEXT");
}

}  // namespace lightning
