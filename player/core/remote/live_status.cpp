#include "core/remote/live_status.hpp"

namespace lightning {

std::string_view state_name(LiveStatus::State state) {
    switch (state) {
        case LiveStatus::State::Waiting:
            return "waiting";
        case LiveStatus::State::Running:
            return "running";
        case LiveStatus::State::Paused:
            return "paused";
        case LiveStatus::State::Blanked:
            return "blanked";
        case LiveStatus::State::Break:
            return "break";
        case LiveStatus::State::Ended:
            return "ended";
    }
    return "waiting";
}

}  // namespace lightning
