#include "shell/platform/sound_cues.hpp"

#include <cstdio>
#include <thread>

#include "shell/platform/audio_device.hpp"
#include "shell/platform/tone_synth.hpp"

namespace lightning {

namespace {
SDL_AudioSpec cue_spec() {
    SDL_AudioSpec spec{};
    spec.freq = kCueSampleRate;
    spec.format = AUDIO_F32SYS;
    spec.channels = 1;
    spec.samples = 1024;
    spec.callback = nullptr;  // queued with SDL_QueueAudio: no callback of ours on SDL's thread
    return spec;
}
}  // namespace

SoundCues::SoundCues() : device_(std::make_unique<AudioDevice>(cue_spec(), false)) {
    if (!device_->ok()) {
        std::fprintf(stderr, "lightning: no sound device (%s): sound cues are off\n",
                     device_->problem().c_str());
        return;
    }
    SDL_PauseAudioDevice(device_->id(), 0);
}

SoundCues::~SoundCues() = default;

bool SoundCues::available() const {
    return device_->ok();
}

void SoundCues::play(Cue cue) {
    if (!device_->ok()) return;
    const auto samples = synthesise_cue(cue);
    SDL_ClearQueuedAudio(device_->id());
    if (SDL_QueueAudio(device_->id(), samples.data(),
                       static_cast<Uint32>(samples.size() * sizeof(float))) != 0)
        std::fprintf(stderr, "lightning: a sound cue could not be played: %s\n", SDL_GetError());
}

bool SoundCues::drain(std::chrono::milliseconds limit) {
    if (!device_->ok()) return true;
    // Counted naps, not a deadline: how long this waits matters little, the clock stays in *clock*
    // files.
    for (auto waited = std::chrono::milliseconds(0); SDL_GetQueuedAudioSize(device_->id()) > 0;
         waited += std::chrono::milliseconds(10)) {
        if (waited >= limit) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    // The last buffer handed to the device still has to be written out.
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return true;
}

}  // namespace lightning
