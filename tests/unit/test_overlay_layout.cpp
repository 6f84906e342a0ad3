// The countdown overlay's geometry, computed in core from the output's size alone.
#include <doctest/doctest.h>

#include "core/frame/overlay_layout.hpp"

using namespace lightning;

namespace {

bool inside(const PixelRect& inner, const PixelRect& outer) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w &&
           inner.y + inner.h <= outer.y + outer.h;
}

}  // namespace

TEST_CASE("overlay layout: designed at 1080p, the same share of any output") {
    const OverlayLayout full_hd = overlay_layout(1920, 1080);
    CHECK(full_hd.panel.w == 340);
    CHECK(full_hd.margin == 28);
    CHECK(full_hd.panel.x + full_hd.panel.w + full_hd.margin == 1920);  // top right
    CHECK(full_hd.panel.y == 28);
    const OverlayLayout uhd = overlay_layout(3840, 2160);
    CHECK(uhd.panel.w == 2 * full_hd.panel.w);
    CHECK(uhd.talk_font == 2 * full_hd.talk_font);
    // A 4:3 output of the same height: the largest 16:9 area that fits sets the scale.
    CHECK(overlay_layout(1440, 1080).panel.w < full_hd.panel.w);
}

TEST_CASE("overlay layout: the corner redraw reaches every panel, in every corner") {
    const PixelRect screen{0, 0, 1280, 720};
    for (Corner corner :
         {Corner::TopLeft, Corner::TopRight, Corner::BottomLeft, Corner::BottomRight}) {
        CAPTURE(static_cast<int>(corner));
        for (bool slide_first : {false, true}) {
            const OverlayLayout layout = overlay_layout(1280, 720, slide_first, {corner, 1.0});
            CHECK(inside(layout.panel, layout.reach));
            CHECK(inside(layout.bar, layout.panel));
            CHECK(inside(layout.reach, screen));
            CHECK(layout.bottom == (corner == Corner::BottomLeft || corner == Corner::BottomRight));
        }
    }
    const OverlayLayout normal = overlay_layout(1280, 720, false);
    const OverlayLayout tall = overlay_layout(1280, 720, true);
    CHECK(tall.panel.h > normal.panel.h);
    CHECK(normal.reach == tall.reach);  // one corner for either countdown
}

TEST_CASE("overlay layout: overlay-size scales the panel and never outgrows the output") {
    const OverlayLayout quarter = overlay_layout(1920, 1080, false, {Corner::TopRight, 0.25});
    const OverlayLayout huge = overlay_layout(1920, 1080, false, {Corner::TopRight, 2.0});
    CHECK(quarter.panel.w == 85);
    CHECK(huge.panel.w == 680);
    const OverlayLayout fit = overlay_layout(320, 180, true, {Corner::BottomLeft, 3.0});
    CHECK(inside(fit.reach, {0, 0, 320, 180}));
}
