#pragma once
// RAII for SDL audio: the subsystem (reference counted by SDL, so video and audio users can
// come and go in any order) and one opened device. Used by SoundCues and MicRecorder.
#include <SDL.h>

#include <string>

namespace lightning {

class AudioDevice {
public:
    // Opens the default playback (capture = false) or recording device with exactly `wanted`
    // (SDL converts). ok() is false when there is none; problem() then says why.
    AudioDevice(const SDL_AudioSpec& wanted, bool capture) {
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
