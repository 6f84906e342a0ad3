#pragma once
// How many requests a phone may make: a token bucket per client address (a burst of
// `per_second`, refilled at `per_second` a second), so one phone flooding requests is answered
// "too many" while the others go on. At most `addresses` are tracked; a new address when all
// are busy is refused until one goes quiet (a TCP client cannot fake its address). Not
// thread-safe: the server holds it under its lock. Pure: the time is given.
#include <map>
#include <string>
#include <string_view>

#include "core/time/clock.hpp"

namespace lightning {

class RequestRate {
public:
    explicit RequestRate(int per_second = 20, size_t addresses = 1024);
    // True when `address` may make a request at `now` (and it is counted).
    bool allow(std::string_view address, Micros now);
    size_t tracked() const { return buckets_.size(); }

private:
    struct Bucket {
        double tokens = 0;
        Micros last{0};
    };
    int per_second_;
    size_t addresses_;
    std::map<std::string, Bucket, std::less<>> buckets_;
};

}  // namespace lightning
