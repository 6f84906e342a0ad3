#pragma once
// Records the microphone during a rehearsal into a WAV beside its log (LOG.jsonl -> LOG.wav),
// aligned to the run's talk time: the WAV's second s is the talk's second s. Pauses are cut
// out (the device is paused while the talk is), and a start at talk time t > 0 (a resumed run)
// begins with t of silence. 48 kHz, 16-bit, mono.
//
// Use from the stage loop's thread: open() before the talk, then for each run start(), pause()
// and resume() with the talk, stop() at its end, as the Stage says (core/show/recording.hpp);
// the samples are written on SDL's audio thread. No microphone is not an error: open() returns
// false and problem() says what to do; the rehearsal runs on.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>

#include "core/log/log_paths.hpp"  // recording_path_for: where a run's WAV goes
#include "core/show/recording.hpp"
#include "core/time/clock.hpp"

namespace lightning {

class AudioDevice;

inline constexpr int kRecordSampleRate = 48000;

class MicRecorder {
public:
    MicRecorder();
    ~MicRecorder();  // stops (the WAV stays complete)
    MicRecorder(const MicRecorder&) = delete;
    MicRecorder& operator=(const MicRecorder&) = delete;

    // Opens the microphone, paused, before the talk: a slow device then costs the recording's
    // start nothing. False when there is none (problem() says so and what to do).
    bool open();
    // Starts recording into `wav` at talk time `at` (opening the microphone if need be). False
    // when there is no microphone or the WAV cannot be written (problem() says which).
    bool start(const std::filesystem::path& wav, Millis at);
    void pause();  // the talk paused: nothing is kept until resume()
    void resume();
    // Ends the recording, completes the WAV's header and returns its path (empty when nothing
    // was recorded). The microphone stays open (paused) for the next run.
    std::filesystem::path stop();

    // Carries out one of the Stage's steps; says on stderr where each recording went (and
    // why it could not start).
    void follow(const RecordStep& step);

    bool recording() const { return !wav_.empty(); }
    const std::string& problem() const { return problem_; }
    // Samples written so far (for tests and the summary: seconds = samples / kRecordSampleRate).
    std::int64_t samples() const;

private:
    static void on_audio(void* self, std::uint8_t* data, int bytes);
    void write(const std::uint8_t* data, int bytes);

    std::filesystem::path wav_;
    std::string problem_;
    mutable std::mutex mutex_;  // the file and count, shared with SDL's audio thread
    std::ofstream out_;
    std::int64_t samples_ = 0;
    bool keeping_ = false;  // samples arriving now are kept (false while paused or stopped)
    std::unique_ptr<AudioDevice> device_;
};

}  // namespace lightning
