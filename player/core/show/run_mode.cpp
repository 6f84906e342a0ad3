#include "core/show/run_mode.hpp"

namespace lightning {

std::string_view mode_name(RunMode mode) {
    switch (mode) {
        case RunMode::Paced:
            return "paced";
        case RunMode::Free:
            return "free";
        case RunMode::Play:
            break;
    }
    return "play";
}

std::optional<RunMode> mode_named(std::string_view name) {
    for (const RunMode mode : {RunMode::Play, RunMode::Paced, RunMode::Free})
        if (mode_name(mode) == name) return mode;
    return std::nullopt;
}

}  // namespace lightning
