#include "shell/platform/mic_recorder.hpp"

#include <SDL.h>

#include <array>
#include <cstdio>
#include <vector>

#include "shell/platform/audio_device.hpp"

namespace lightning {

namespace {

constexpr int kBytesPerSample = 2;  // S16 mono
// The header's sizes are brought up to date (and the file flushed) this often, so a crash or
// kill -9 leaves a WAV that plays all but its last half second.
constexpr std::int64_t kHeaderEvery = kRecordSampleRate / 2;

void put_u32(std::ofstream& out, std::uint32_t value) {
    const std::array<char, 4> bytes = {
        static_cast<char>(value & 0xff), static_cast<char>((value >> 8) & 0xff),
        static_cast<char>((value >> 16) & 0xff), static_cast<char>((value >> 24) & 0xff)};
    out.write(bytes.data(), 4);
}
void put_u16(std::ofstream& out, std::uint16_t value) {
    const std::array<char, 2> bytes = {static_cast<char>(value & 0xff),
                                       static_cast<char>((value >> 8) & 0xff)};
    out.write(bytes.data(), 2);
}

// The 44-byte header of a PCM WAV holding `samples` samples (written again at the end).
void write_header(std::ofstream& out, std::int64_t samples) {
    const auto data_bytes = static_cast<std::uint32_t>(samples * kBytesPerSample);
    out.seekp(0);
    out.write("RIFF", 4);
    put_u32(out, 36 + data_bytes);
    out.write("WAVEfmt ", 8);
    put_u32(out, 16);
    put_u16(out, 1);  // PCM
    put_u16(out, 1);  // mono
    put_u32(out, kRecordSampleRate);
    put_u32(out, kRecordSampleRate * kBytesPerSample);
    put_u16(out, kBytesPerSample);
    put_u16(out, 16);
    out.write("data", 4);
    put_u32(out, data_bytes);
}

}  // namespace

MicRecorder::MicRecorder() = default;

MicRecorder::~MicRecorder() {
    stop();
}

bool MicRecorder::open() {
    if (device_) return true;
    SDL_AudioSpec spec{};
    spec.freq = kRecordSampleRate;
    spec.format = AUDIO_S16LSB;  // WAV's byte order on every machine
    spec.channels = 1;
    spec.samples = 1024;
    spec.callback = &MicRecorder::on_audio;
    spec.userdata = this;
    auto device = std::make_unique<AudioDevice>(spec, true);  // opened paused
    if (!device->ok()) {
        problem_ = "no microphone to record (" + device->problem() +
                   "): plug one in or choose it in the system's sound settings; the rehearsal runs "
                   "without a recording";
        return false;
    }
    device_ = std::move(device);
    return true;
}

bool MicRecorder::start(const std::filesystem::path& wav, Millis at) {
    stop();
    if (!open()) return false;
    {
        std::lock_guard lock(mutex_);
        out_.open(wav, std::ios::binary | std::ios::trunc);
        if (!out_) {
            problem_ =
                "cannot write the recording " + wav.string() + ": check the folder's permissions";
            return false;
        }
        write_header(out_, 0);
        // Talk time before this start (a resumed run) is silence, so the WAV stays on talk time.
        const std::int64_t lead = at.count() * kRecordSampleRate / 1000;
        const std::vector<char> silence(static_cast<std::size_t>(lead * kBytesPerSample), 0);
        out_.write(silence.data(), static_cast<std::streamsize>(silence.size()));
        samples_ = lead;
        wav_ = wav;
    }
    resume();
    return true;
}

// Our lock is never held while calling SDL: SDL holds the device's lock around the callback,
// which takes ours.
void MicRecorder::pause() {
    {
        std::lock_guard lock(mutex_);
        keeping_ = false;  // a callback already under way drops what it brings
    }
    if (device_) SDL_PauseAudioDevice(device_->id(), 1);
}

void MicRecorder::resume() {
    {
        std::lock_guard lock(mutex_);
        if (wav_.empty()) return;
        keeping_ = true;
    }
    if (device_) SDL_PauseAudioDevice(device_->id(), 0);
}

std::filesystem::path MicRecorder::stop() {
    pause();
    std::lock_guard lock(mutex_);
    if (wav_.empty()) return {};
    write_header(out_, samples_);
    out_.close();
    std::filesystem::path done;
    done.swap(wav_);
    return done;
}

void MicRecorder::follow(const RecordStep& step) {
    switch (step.kind) {
        case RecordStep::Kind::Start:
            if (!start(step.wav, std::chrono::duration_cast<Millis>(step.talk_at)))
                std::fprintf(stderr, "lightning: %s\n", problem_.c_str());
            return;
        case RecordStep::Kind::Pause:
            pause();
            return;
        case RecordStep::Kind::Resume:
            resume();
            return;
        case RecordStep::Kind::Stop: {
            const auto wav = stop();
            const std::int64_t kept = samples();  // the count stays until the next start
            if (!wav.empty())
                std::fprintf(stderr, "recording: %s (%.1f s of talk time)\n", wav.c_str(),
                             static_cast<double>(kept) / kRecordSampleRate);
            return;
        }
    }
}

std::int64_t MicRecorder::samples() const {
    std::lock_guard lock(mutex_);
    return samples_;
}

void MicRecorder::on_audio(void* self, std::uint8_t* data, int bytes) {
    static_cast<MicRecorder*>(self)->write(data, bytes);
}

void MicRecorder::write(const std::uint8_t* data, int bytes) {
    std::lock_guard lock(mutex_);
    if (!keeping_) return;
    out_.write(reinterpret_cast<const char*>(data), bytes);
    const std::int64_t before = samples_;
    samples_ += bytes / kBytesPerSample;
    if (samples_ / kHeaderEvery != before / kHeaderEvery) {
        write_header(out_, samples_);
        out_.seekp(0, std::ios::end);
        out_.flush();
    }
}

}  // namespace lightning
