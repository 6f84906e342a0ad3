#include "shell/draw/theme.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace lightning {

Rgba run_colour(size_t i) {
    static constexpr Rgba kRuns[] = {{230, 159, 0, 255},  {86, 180, 233, 255},  {0, 158, 115, 255},
                                     {240, 228, 66, 255}, {204, 121, 167, 255}, {0, 114, 178, 255},
                                     {213, 94, 0, 255},   {120, 120, 120, 255}, {140, 86, 75, 255},
                                     {20, 24, 32, 255}};
    return kRuns[i % std::size(kRuns)];
}

Rgba overlay_panel_colour(OverlayState state, bool flash_on) {
    switch (state) {
        case OverlayState::Warn:
            return {255, 184, 40, 235};  // amber: the panel itself warns
        case OverlayState::Danger:
            return {205, 32, 32, 235};
        case OverlayState::Flash:
            return flash_on ? Rgba{255, 40, 40, 255} : Rgba{255, 255, 255, 245};
        case OverlayState::Normal:
        case OverlayState::Ended:
            break;
    }
    return {0, 0, 0, 170};
}

Rgba overlay_text_colour(OverlayState state, bool flash_on) {
    switch (state) {
        case OverlayState::Warn:
            return {24, 18, 0, 255};
        case OverlayState::Flash:
            return flash_on ? Rgba{255, 255, 255, 255} : Rgba{210, 0, 0, 255};
        default:
            return {255, 255, 255, 255};
    }
}

}  // namespace lightning
