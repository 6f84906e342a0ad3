#include "core/remote/remote_inbox.hpp"

namespace lightning {

RemoteInbox::RemoteInbox(size_t capacity, int per_second)
    : capacity_(capacity), per_second_(per_second) {}

bool RemoteInbox::post(const RemoteCommand& command, Micros now, bool* wake) {
    const std::lock_guard lock(mutex_);
    if (second_start_ == Micros::min() || now - second_start_ >= Micros{1'000'000} ||
        now < second_start_) {
        second_start_ = now;
        this_second_ = 0;
    }
    if (waiting_.size() >= capacity_ || this_second_ >= per_second_) {
        ++dropped_;
        return false;
    }
    ++this_second_;
    if (wake) *wake = waiting_.empty();
    waiting_.push_back(command);
    return true;
}

std::vector<RemoteCommand> RemoteInbox::take() {
    std::vector<RemoteCommand> out;
    const std::lock_guard lock(mutex_);
    out.swap(waiting_);
    return out;
}

size_t RemoteInbox::dropped() const {
    const std::lock_guard lock(mutex_);
    return dropped_;
}

}  // namespace lightning
