#pragma once
// Plays the cues of a talk (core/show/cue.hpp) on the default sound device. A machine without
// one is normal (a server, a lectern PC with no speakers): one line on stderr, then silence;
// never an error. Call from one thread (the stage loop's).
#include <chrono>
#include <memory>

#include "core/show/cue.hpp"

namespace lightning {

class AudioDevice;

class SoundCues {
public:
    SoundCues();  // opens the device; prints "lightning: no sound device ..." when there is none
    ~SoundCues();
    SoundCues(const SoundCues&) = delete;
    SoundCues& operator=(const SoundCues&) = delete;

    // Starts the cue at once, cutting off one still sounding (a new cue is the news). Returns
    // at once: the sound plays on SDL's audio thread.
    void play(Cue cue);
    bool available() const;
    // Waits until what was queued has gone to the device, at most `limit`; false on timeout.
    // For a last gong before the program exits, and for tests.
    bool drain(std::chrono::milliseconds limit);

private:
    std::unique_ptr<AudioDevice> device_;
};

}  // namespace lightning
