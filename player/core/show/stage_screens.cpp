// What a talk shows at an instant: the audience's screen (the slide, the end card, a rehearsal's
// summary), the presenter view and its status line. Pure functions of the Stage's state; the
// state changes are in stage.cpp.
#include <algorithm>

#include "core/frame/talk_screen.hpp"
#include "core/show/keymap.hpp"
#include "core/show/rehearsal_notes.hpp"
#include "core/show/stage.hpp"
#include "core/time/time_text.hpp"

namespace lightning {

Screen Stage::screen_at(Micros at) const {
    Screen screen;
    if (summary_) {
        screen.card = *summary_;
        return screen;
    }
    const Micros talk_time = talk_time_at(at);
    const Moment moment = phase_ == Phase::Running
                              ? run_.moment_at(talk_time)
                              : moment_at(talk_.schedule, talk_.thresholds, talk_time);
    screen = talk_screen(talk_.deck, talk_.schedule, moment, talk_.overlay, bar_width_, talk_.look);
    if (auto* slide = std::get_if<SlideCard>(&screen.card)) {
        const bool paused = phase_ == Phase::Running && run_.paused();
        slide->countdown.paused = paused;
        if (policy().notes_on_slide) {
            if (paused)
                slide->paused_banner =
                    "PAUSED  (" + key_for(key_mode(), Command::Pause) + " resumes)";
            slide->notice = notice_;
        }
    }
    if (policy().notes_on_slide && phase_ == Phase::Running)
        add_rehearsal_notes(screen, run_, talk_time);
    screen.blank = controls_.blank();
    // On stage the keys help goes to the presenter view when there is one.
    if (controls_.keys_up(at) && (policy().notes_on_slide || !setup_.presenter))
        screen.help = key_help(key_mode());
    return screen;
}

std::string Stage::presenter_status(Micros at) const {
    if (auto urgent = controls_.urgent_status(at); !urgent.empty()) return urgent;
    if (phase_ == Phase::Waiting)
        return "waiting: " + keys_for(key_mode(), policy().start_command) + " starts the talk";
    if (phase_ == Phase::Running && run_.paused())
        return "PAUSED: " + key_for(key_mode(), Command::Pause) + " resumes";
    if (auto blank = controls_.blank_status(); !blank.empty()) return blank;
    if (at - locked_at_ < kNoticeFor) return "keys are locked: the clock drives the slides";
    if (!notice_.empty()) return notice_;
    if (phase_ == Phase::Running)
        if (const auto note = rehearsal_note(run_, talk_time_at(at)))  // live over/under
            return note->text;
    return "";
}

PresenterFrame Stage::presenter_at(Micros at) const {
    const Micros talk_time = talk_time_at(at);
    const Moment moment = phase_ == Phase::Running
                              ? run_.moment_at(talk_time)
                              : moment_at(talk_.schedule, talk_.thresholds, talk_time);
    PresenterFrame frame = make_presenter_frame(talk_.deck, talk_.schedule, moment, talk_.overlay,
                                                clock_text(wall_.now()), presenter_status(at));
    frame.notes_scroll = notes_scroll_;
    frame.notes_zoom = notes_zoom_;
    frame.phone_url = speaker_link(0);  // a play's or a rehearsal's one talk
    if (!frame.end_card && frame.slide >= 0 &&
        static_cast<size_t>(frame.slide) < previous_best_.size())
        if (const auto& best = previous_best_[static_cast<size_t>(frame.slide)])
            frame.previous_best = previous_best_text(*best);
    if (controls_.keys_up(at) || phase_ == Phase::Waiting) frame.keys = key_help(key_mode());
    return frame;
}

}  // namespace lightning
