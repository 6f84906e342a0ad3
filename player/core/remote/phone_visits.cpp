#include "core/remote/phone_visits.hpp"

namespace lightning {

bool PhoneVisits::first(const PhoneVisit& visit) {
    auto key = std::make_tuple(visit.role, visit.talk, visit.stream, visit.address);
    if (seen_.size() >= most_) return false;
    return seen_.insert(std::move(key)).second;
}

}  // namespace lightning
