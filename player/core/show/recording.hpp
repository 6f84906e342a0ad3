#pragma once
// rehearse --record: when the microphone records, decided by the Stage and carried out by the
// shell (shell/platform/mic_recorder.hpp). The recording is on talk time: it starts with the
// run's clock, pauses with it (pauses are cut out) and stops when the run ends (finished, quit,
// a signal, a restart), so second s of the file is second s of the talk, as export --audio-from
// needs. Each run of a rehearsal (R starts another) has its own recording beside its own log.
#include <filesystem>
#include <functional>

#include "core/time/clock.hpp"

namespace lightning {

struct RecordStep {
    enum class Kind { Start, Pause, Resume, Stop };
    Kind kind = Kind::Start;
    Micros talk_at{0};          // the run's talk time at the step
    std::filesystem::path wav;  // Start: where the recording goes (beside the run's log)
};

// Called at the instant of each step, on the loop's thread: a pause is cut where its key was
// pressed, not a frame later. Null: no recording.
using RecordControl = std::function<void(const RecordStep&)>;

}  // namespace lightning
