#pragma once
// RAII for SDL audio: the subsystem (reference counted by SDL, so video and audio users can
// come and go in any order) and one opened device. Used by SoundCues and MicRecorder.
#include <SDL.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace lightning {

// Standard error sent to /dev/null while it lives. ALSA writes its own lines there when a machine
// has no sound card (eight of them, before SDL gives up); the user gets lightning's one line
// instead, with SDL's reason in it. Only around opening a device, on the main thread, before
// any window or worker is up.
class StderrSilenced {
public:
    StderrSilenced() {
        std::fflush(stderr);
        saved_ = dup(STDERR_FILENO);
        const int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (saved_ >= 0 && null >= 0) dup2(null, STDERR_FILENO);
        if (null >= 0) close(null);
    }
    ~StderrSilenced() {
        if (saved_ < 0) return;
        std::fflush(stderr);
        dup2(saved_, STDERR_FILENO);
        close(saved_);
    }
    StderrSilenced(const StderrSilenced&) = delete;
    StderrSilenced& operator=(const StderrSilenced&) = delete;

private:
    int saved_ = -1;
};

class AudioDevice {
public:
    // Opens the default playback (capture = false) or recording device with exactly `wanted`
    // (SDL converts). ok() is false when there is none; problem() then says why.
    AudioDevice(const SDL_AudioSpec& wanted, bool capture) {
        const StderrSilenced quiet;
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
            problem_ = SDL_GetError();
            return;
        }
        subsystem_ = true;
        device_ = SDL_OpenAudioDevice(nullptr, capture ? 1 : 0, &wanted, nullptr, 0);
        if (device_ == 0) problem_ = SDL_GetError();
    }
    ~AudioDevice() {
        if (device_ != 0) SDL_CloseAudioDevice(device_);
        if (subsystem_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
    AudioDevice(const AudioDevice&) = delete;
    AudioDevice& operator=(const AudioDevice&) = delete;

    bool ok() const { return device_ != 0; }
    SDL_AudioDeviceID id() const { return device_; }
    const std::string& problem() const { return problem_; }

private:
    bool subsystem_ = false;
    SDL_AudioDeviceID device_ = 0;
    std::string problem_;
};

}  // namespace lightning
