#include "core/remote/request_rate.hpp"

#include <algorithm>
#include <iterator>

namespace lightning {

namespace {
// An address quiet this long holds a full bucket again: forgetting it loses nothing.
constexpr Micros kQuiet{10'000'000};
}  // namespace

RequestRate::RequestRate(int per_second, size_t addresses)
    : per_second_(per_second), addresses_(addresses) {}

bool RequestRate::allow(std::string_view address, Micros now) {
    auto found = buckets_.find(address);
    if (found == buckets_.end()) {
        if (buckets_.size() >= addresses_)
            std::erase_if(buckets_, [&](const auto& entry) {
                return now - entry.second.last >= kQuiet || now < entry.second.last;
            });
        if (buckets_.size() >= addresses_) return false;
        found = buckets_.emplace(std::string(address), Bucket{double(per_second_), now}).first;
    }
    Bucket& bucket = found->second;
    const double passed =
        std::max<double>(0, static_cast<double>((now - bucket.last).count()) / 1e6);
    bucket.tokens = std::min<double>(per_second_, bucket.tokens + passed * per_second_);
    bucket.last = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
}

}  // namespace lightning
