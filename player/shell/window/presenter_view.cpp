#include "shell/window/presenter_view.hpp"

#include <ctime>

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

std::string time_of_day() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%H:%M", &local);
    return text;
}

}  // namespace lightning
