#include "core/show/rehearsal_notes.hpp"

#include "core/show/keymap.hpp"

namespace lightning {

std::optional<RehearsalNote> rehearsal_note(const TalkRun& run, Micros at) {
    const auto note = run.note(at);
    if (!note) return std::nullopt;
    if (!run.policy().marks_words) return RehearsalNote{"on screen " + note->text, note->over};
    if (!note->over) return RehearsalNote{"slack " + note->text, false};
    // A mark after the flip belongs to the slide before: the note says which one it is timing,
    // or a speaker reads it as the slide now on screen running over.
    const bool previous = note->slide != run.current();
    return RehearsalNote{
        (previous ? "slide " + std::to_string(note->slide + 1) + " words " : "words ") + note->text,
        true};
}

void add_rehearsal_notes(Screen& screen, const TalkRun& run, Micros at) {
    const auto note = rehearsal_note(run, at);
    if (auto* slide = std::get_if<SlideCard>(&screen.card)) {
        if (!note) return;
        slide->note = note->text;
        slide->note_over = note->over;
    } else if (auto* end = std::get_if<EndCard>(&screen.card)) {
        // A paced run past 0:00 is not done until the last slide's words are marked: the end
        // card says which key does it (from the keymap, so it cannot name a key that does not).
        if (!run.policy().marks_words || run.finished()) return;
        end->prompt = key_for(KeyMode::Paced, Command::Next) + " marks the last slide";
        if (note) end->note = note->text;
    }
}

}  // namespace lightning
