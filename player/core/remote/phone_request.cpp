#include "core/remote/phone_request.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace lightning {

namespace {

std::string hex_secret(const std::function<std::uint64_t()>& random64) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text;
    for (int word = 0; word < 2; ++word) {
        std::uint64_t bits = random64();
        for (int digit = 0; digit < 16; ++digit, bits >>= 4) text += kDigits[bits & 0xf];
    }
    return text;
}

// Compares without stopping at the first difference, so the answer's timing does not tell how
// much of a guessed secret was right.
bool same_secret(std::string_view given, std::string_view secret) {
    if (given.size() != secret.size()) return false;
    unsigned char difference = 0;
    for (size_t i = 0; i < secret.size(); ++i)
        difference |= static_cast<unsigned char>(given[i] ^ secret[i]);
    return difference == 0;
}

// "K.jpg" with K from 0 to 99999 and no sign, space or leading zero.
int slide_number(std::string_view name) {
    constexpr std::string_view kSuffix = ".jpg";
    if (name.size() <= kSuffix.size() || name.size() > 5 + kSuffix.size() ||
        name.substr(name.size() - kSuffix.size()) != kSuffix)
        return -1;
    const std::string_view digits = name.substr(0, name.size() - kSuffix.size());
    int number = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (error != std::errc{} || end != digits.data() + digits.size() ||
        (digits.size() > 1 && digits.front() == '0'))
        return -1;
    return number;
}

}  // namespace

PhoneSecrets make_phone_secrets(size_t talks, const std::function<std::uint64_t()>& random64) {
    PhoneSecrets secrets;
    std::vector<std::string> taken;
    const auto fresh = [&] {
        std::string secret = hex_secret(random64);
        // Two equal 128-bit draws mean a broken random source: a few more draws, then no phone
        // rather than guessable URLs.
        for (int draw = 0; std::find(taken.begin(), taken.end(), secret) != taken.end(); ++draw) {
            if (draw == 8)
                throw std::runtime_error("the system's random numbers repeat: no phone secrets");
            secret = hex_secret(random64);
        }
        taken.push_back(secret);
        return secret;
    };
    secrets.organizer = fresh();
    for (size_t talk = 0; talk < std::max<size_t>(talks, 1); ++talk)
        secrets.speakers.push_back(fresh());
    return secrets;
}

PhoneRequest route_phone_request(std::string_view method, std::string_view path,
                                 const PhoneSecrets& secrets) {
    const PhoneRequest none;
    if (path.size() < 2 || path.front() != '/') return none;
    path.remove_prefix(1);
    const size_t slash = path.find('/');
    if (slash == std::string_view::npos) return none;  // "/SECRET" alone: the page wants "/"
    const std::string_view given = path.substr(0, slash);
    const std::string_view rest = path.substr(slash + 1);

    PhoneRequest request;
    bool known = same_secret(given, secrets.organizer);
    if (known) request.role = PhoneRole::Organizer;
    for (size_t talk = 0; talk < secrets.speakers.size(); ++talk) {
        if (same_secret(given, secrets.speakers[talk]) && !known) {
            known = true;
            request.role = PhoneRole::Speaker;
            request.talk = talk;
        }
    }
    if (!known) return none;

    const bool get = method == "GET" || method == "HEAD";
    if (get && rest.empty()) {
        request.kind = PhoneRequest::Kind::Page;
    } else if (get && rest == "events") {
        request.kind = PhoneRequest::Kind::Events;
    } else if (get && rest.substr(0, 6) == "slide/" && slide_number(rest.substr(6)) >= 0) {
        request.kind = PhoneRequest::Kind::Slide;
        request.slide = slide_number(rest.substr(6));
    } else if (method == "POST" && rest == "command" && request.role == PhoneRole::Organizer) {
        request.kind = PhoneRequest::Kind::Command;
    } else {
        return none;
    }
    return request;
}

}  // namespace lightning
