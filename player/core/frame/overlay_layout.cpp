#include "core/frame/overlay_layout.hpp"

#include <algorithm>

#include "core/config/settings.hpp"
#include "core/frame/design_scale.hpp"

namespace lightning {

OverlayLayout overlay_layout(int width, int height, bool slide_first, const OverlayPlace& place) {
    // Designed at 1920x1080 and scaled, so the overlay covers the same share of any screen; the
    // place's scale on top of that (overlay-size), but never larger than the screen can hold.
    const DesignScale theme(width, height);
    const TypeScale type;
    const double room = std::min((width - 2 * theme.px(28)) / std::max(1.0, 340 * theme.scale()),
                                 (height - 2 * theme.px(28)) / std::max(1.0, 280 * theme.scale()));
    const double scale = std::clamp(std::min(place.scale, room), 0.05, kMaxOverlayScale);
    auto px = [&](double v) { return theme.px(v * scale); };
    OverlayLayout layout;
    layout.margin = theme.px(28);
    const int panel_w = px(340), row_h = px(104);
    // Ignite / PechaKucha: a second row of big digits for the slide's countdown.
    const int normal_h = px(176), tall_h = normal_h + row_h;
    const int panel_h = slide_first ? tall_h : normal_h;
    const bool left = place.corner == Corner::TopLeft || place.corner == Corner::BottomLeft;
    const bool bottom = place.corner == Corner::BottomRight || place.corner == Corner::BottomLeft;
    const int x = left ? layout.margin : width - panel_w - layout.margin;
    // At the bottom the panel grows upwards, so its reach (the tallest panel) ends at the margin.
    const int y = bottom ? height - panel_h - layout.margin : layout.margin;
    layout.panel = PixelRect{x, y, panel_w, panel_h};
    layout.reach = PixelRect{x, bottom ? height - tall_h - layout.margin : y, panel_w, tall_h};
    layout.bar =
        PixelRect{x + px(20), y + panel_h - px(24), panel_w - 2 * px(20), std::max(1, px(8))};
    layout.talk_font = std::max(8, px(type.countdown));
    layout.small_font = std::max(8, px(30));
    layout.label_font = std::max(8, px(type.small));
    layout.inset = px(20);
    layout.first_row = PixelRect{x, y, panel_w, row_h};
    layout.second_row = PixelRect{x, y + row_h, panel_w, row_h};
    layout.bottom = bottom;
    return layout;
}

}  // namespace lightning
