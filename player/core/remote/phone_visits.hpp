#pragma once
// Which phones have opened which page, for `lightning phone` (the check before the session): the
// organizer wants to see each phone reach the laptop once, not a line for every reload or for
// the event stream's reconnects. Pure; the server keeps one under its lock.
#include <cstddef>
#include <set>
#include <string>
#include <tuple>

#include "core/remote/phone_request.hpp"

namespace lightning {

// A phone opened a page (`stream` false) or its event stream (true) under a secret.
struct PhoneVisit {
    PhoneRole role = PhoneRole::Speaker;
    size_t talk = 0;  // a speaker's talk (0-based); 0 for the organizer
    bool stream = false;
    std::string address;  // the phone's IP address as the server saw it
    bool operator==(const PhoneVisit&) const = default;
};

class PhoneVisits {
public:
    // Remembers at most `most` visits: a flood from many addresses cannot grow it, and past that
    // many a check has nothing more to learn.
    explicit PhoneVisits(size_t most = 1024) : most_(most) {}

    // True the first time this role, talk, page or stream and address is seen; false again, and
    // for anything new once `most` are known.
    bool first(const PhoneVisit& visit);
    size_t size() const { return seen_.size(); }

private:
    size_t most_;
    std::set<std::tuple<PhoneRole, size_t, bool, std::string>> seen_;
};

}  // namespace lightning
