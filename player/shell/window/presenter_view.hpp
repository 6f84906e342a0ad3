#pragma once
// The presenter view's window, redrawn only when what it shows changed: its frame, or a slide it
// shows that has just been decoded.
#include <optional>
#include <string>

#include "core/frame/presenter_frame.hpp"
#include "shell/window/deck_window.hpp"

namespace lightning {

class PresenterView {
public:
    explicit PresenterView(DeckWindow* screen) : screen_(screen) {}
    // Draws and presents `frame` unless the window already shows exactly that.
    void show(const PresenterFrame& frame);
    // The window needs a full repaint (exposed, resized).
    void forget() { last_.reset(); }

private:
    DeckWindow* screen_;
    std::optional<PresenterFrame> last_;
    int slides_ = 0;  // which of current (1) and next (2) it had pixels for
};

}  // namespace lightning
