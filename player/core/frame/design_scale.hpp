#pragma once
// The single scaling rule for everything drawn: a design pixel is (height of the largest 16:9
// area that fits the target) / 1080 screen pixels, so a 4K projector, a laptop and a 320x180 test
// picture show the same layout, and a portrait or very wide target does not overflow its width.
// Pure, so layouts computed from it (core/frame/overlay_layout) are unit-tested without SDL.

namespace lightning {

// Sizes in design pixels, on a 1080-pixel-high screen.
struct TypeScale {
    double countdown = 96;  // the talk's (and in Ignite the slide's) time left
    double hero = 200;      // a break's time left
    double title = 80;
    double subtitle = 52;
    double heading = 42;
    double body = 34;
    double label = 30;
    double small = 24;
};

class DesignScale {
public:
    DesignScale(int width, int height);
    int px(double design) const;    // at least 1
    int font(double design) const;  // at least 8: smaller text is unreadable anyway
    double scale() const { return scale_; }

private:
    double scale_;
};

}  // namespace lightning
