#pragma once
// Who may ask the phone server for what. Every URL starts with a secret: the organizer's (one per
// run, the only one that may act) or a speaker's (one per talk of the lineup, read-only). A path
// without a secret, with a wrong one, or asking for anything but the page, its event stream, a
// thumbnail or (the organizer) a command, is NotFound, and the server answers a bare 404 that
// tells nothing, not even that a secret was right. Pure: the shell's civetweb threads only carry
// the method and path here.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace lightning {

struct PhoneSecrets {
    std::string organizer;
    std::vector<std::string> speakers;  // per talk of the lineup (a play: one)
};

// Fresh secrets for a run of `talks` talks: 128 bits each from `random64` (the shell passes
// std::random_device), written as 32 lowercase hex digits, none equal to another. Throws
// std::runtime_error when the source keeps repeating itself.
PhoneSecrets make_phone_secrets(size_t talks, const std::function<std::uint64_t()>& random64);

enum class PhoneRole { Speaker, Organizer };

struct PhoneRequest {
    enum class Kind { NotFound, Page, Events, Slide, Command };
    Kind kind = Kind::NotFound;
    PhoneRole role = PhoneRole::Speaker;
    size_t talk = 0;  // a speaker's talk (0-based); 0 for the organizer
    int slide = -1;   // Slide: the 0-based slide asked for
    bool operator==(const PhoneRequest&) const = default;
};

// `method` "GET"/"HEAD" for the page ("/SECRET/"), the events ("/SECRET/events") and a
// thumbnail ("/SECRET/slide/K.jpg", K the 0-based slide, as in the status); "POST" for the
// organizer's "/SECRET/command". `path` is the raw path without the query.
PhoneRequest route_phone_request(std::string_view method, std::string_view path,
                                 const PhoneSecrets& secrets);

}  // namespace lightning
