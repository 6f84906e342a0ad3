#include "core/frame/design_scale.hpp"

#include <algorithm>
#include <cmath>

namespace lightning {

DesignScale::DesignScale(int width, int height)
    : scale_(std::min(static_cast<double>(height), width * 9.0 / 16.0) / 1080.0) {}

int DesignScale::px(double design) const {
    return std::max(1, static_cast<int>(std::lround(design * scale_)));
}

int DesignScale::font(double design) const {
    return std::max(8, px(design));
}

}  // namespace lightning
