#include "shell/window/window_events.hpp"

#include <algorithm>

#include "shell/platform/stop_signals.hpp"
#include "shell/window/key_input.hpp"

namespace lightning {

EventOutcome handle_window_event(const SDL_Event& event, Show& show, DeckWindow& audience,
                                 DeckWindow* presenter, Uint32 loaded_event) {
    if (event.type == loaded_event) return EventOutcome::Replan;
    if (event.type == SDL_DISPLAYEVENT) {
        audience.follow_displays();
        if (presenter) presenter->follow_displays();
        return EventOutcome::Repaint;
    }
    if (event.type == SDL_WINDOWEVENT) {
        const bool on_presenter = presenter && event.window.windowID == presenter->window_id();
        DeckWindow& screen = on_presenter ? *presenter : audience;
        if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) screen.rebuild();  // new surface
        if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
            event.window.event == SDL_WINDOWEVENT_EXPOSED)
            return EventOutcome::Repaint;
    }
    const auto command = command_for_input(event, show.key_mode());
    if (!command) return EventOutcome::Nothing;
    show.send(*command, CommandSource::Key);
    return EventOutcome::Command;
}

bool wait_for_events(const Clock& clock, Micros until,
                     const std::function<bool(const SDL_Event&)>& keep_waiting) {
    for (;;) {
        const Micros now = clock.now();
        if (now >= until) return true;
        // At most a second at a time, so a stop signal is seen.
        const long long wait_ms = until == Micros::max() ? 1000 : (until - now).count() / 1000;
        SDL_Event event;
        if (wait_ms <= 0) {
            if (!SDL_PollEvent(&event)) return true;
        } else if (!SDL_WaitEventTimeout(&event,
                                         static_cast<int>(std::min<long long>(wait_ms, 1000)))) {
            if (until == Micros::max() || StopSignals::received()) return false;
            continue;
        }
        if (!keep_waiting(event)) return false;
    }
}

}  // namespace lightning
