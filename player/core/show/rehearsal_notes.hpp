#pragma once
// What a rehearsal adds to the talk's screen, in the words the speaker reads: the live note under
// the countdown and, while a paced run waits for the last mark, the end card's prompt. The
// wording is decided here so the window, the presenter view and the tests read the same text.
//   paced, the previous slide's words still running: "slide 3 words +1.2 s" (it is not the
//          slide on screen, so the note names it)
//   paced, the slide on screen marked early: "slack -0.8 s"
//   free, the slide on screen past its plan (all its visits): "on screen +2.0 s"
#include <optional>
#include <string>

#include "core/frame/screen.hpp"
#include "core/show/talk_run.hpp"

namespace lightning {

struct RehearsalNote {
    std::string text;
    bool over = false;  // red (over the plan); green: slack
};

// The note at talk time `at` of a running rehearsal; nothing when there is none.
std::optional<RehearsalNote> rehearsal_note(const TalkRun& run, Micros at);

// Puts the note on the slide card, or the last-mark prompt on the end card.
void add_rehearsal_notes(Screen& screen, const TalkRun& run, Micros at);

}  // namespace lightning
