#include "shell/window/presenter_view.hpp"

namespace lightning {

void PresenterView::show(const PresenterFrame& frame) {
    if (!screen_) return;
    const int have = (screen_->ready(frame.slide) ? 1 : 0) +
                     (frame.next >= 0 && screen_->ready(frame.next) ? 2 : 0);
    if (last_ && *last_ == frame && have == slides_) return;
    screen_->draw(frame);
    screen_->present(nullptr);
    last_ = frame;
    slides_ = have;
}

}  // namespace lightning
