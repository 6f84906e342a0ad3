// Sound cues and the rehearsal recorder on SDL's disk audio driver: a cue writes audible
// samples to SDL_DISKAUDIOFILE; the recorder keeps the tone read from SDL_DISKAUDIOFILEIN, on
// talk time (a late start is led by silence, a pause is cut out). No device is no error.
#include <SDL.h>
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <thread>
#include <vector>

#include "../support/temp_deck.hpp"
#include "shell/platform/mic_recorder.hpp"
#include "shell/platform/sound_cues.hpp"
#include "shell/platform/tone_synth.hpp"

using namespace lightning;
using lightning::testing::TempDeck;

namespace {
std::vector<char> read_all(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Loudest sample of S16LE samples from `first` on.
int peak_s16(const std::vector<char>& bytes, std::size_t first = 0) {
    int peak = 0;
    for (std::size_t i = first; i + 1 < bytes.size(); i += 2) {
        const auto v = static_cast<std::int16_t>(static_cast<std::uint8_t>(bytes[i]) |
                                                 (static_cast<std::uint8_t>(bytes[i + 1]) << 8));
        peak = std::max(peak, std::abs(static_cast<int>(v)));
    }
    return peak;
}
}  // namespace

TEST_CASE("every cue is a short, audible, unclipped sound") {
    for (Cue cue : {Cue::Tick, Cue::Warn, Cue::Danger, Cue::Gong}) {
        const auto samples = synthesise_cue(cue);
        REQUIRE_FALSE(samples.empty());
        float peak = 0;
        for (float s : samples) peak = std::max(peak, std::abs(s));
        CHECK(peak > 0.1f);
        CHECK(peak <= 1.0f);
        CHECK(samples.size() <= static_cast<std::size_t>(3 * kCueSampleRate));
    }
}

TEST_CASE("a cue on the disk audio driver writes non-silent audio") {
    TempDeck dir;
    const auto out = dir.root() / "cues.raw";
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILE", out.c_str(), 1);
    {
        SoundCues cues;
        REQUIRE(cues.available());
        cues.play(Cue::Danger);
        CHECK(cues.drain(std::chrono::seconds(10)));
    }
    const auto bytes = read_all(out);
    REQUIRE(bytes.size() >= 4 * 4800);  // at least 0.1 s of float samples
    float peak = 0;
    for (std::size_t i = 0; i + 3 < bytes.size(); i += 4) {
        float v = 0;
        std::memcpy(&v, bytes.data() + i, 4);
        peak = std::max(peak, std::abs(v));
    }
    CHECK(peak > 0.1f);
}

TEST_CASE("no sound device: one line on stderr, play is harmless") {
    setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    SoundCues cues;
    CHECK_FALSE(cues.available());
    cues.play(Cue::Gong);
    CHECK(cues.drain(std::chrono::milliseconds(10)));
}

TEST_CASE("the recorder keeps the microphone's tone on talk time") {
    TempDeck dir;
    // 3 s of a 1 kHz tone at half scale, S16LE mono 48 kHz: what the disk driver's "microphone"
    // hears.
    const auto tone = dir.root() / "tone.raw";
    {
        std::ofstream out(tone, std::ios::binary);
        for (int i = 0; i < 3 * kRecordSampleRate; ++i) {
            const auto v = static_cast<std::int16_t>(
                16000 * std::sin(2 * 3.14159265358979 * 1000 * i / kRecordSampleRate));
            out.put(static_cast<char>(v & 0xff));
            out.put(static_cast<char>((v >> 8) & 0xff));
        }
    }
    setenv("SDL_AUDIODRIVER", "disk", 1);
    setenv("SDL_DISKAUDIOFILEIN", tone.c_str(), 1);
    const auto wav = recording_path_for(dir.root() / "run.jsonl");
    CHECK(wav.filename() == "run.wav");

    MicRecorder recorder;
    REQUIRE(recorder.open());
    REQUIRE(recorder.start(wav, Millis{500}));  // a run resumed at 0:00.5
    const auto lead = recorder.samples();
    CHECK(lead == kRecordSampleRate / 2);
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    recorder.pause();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // a callback may still be running
    const auto at_pause = recorder.samples();
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    CHECK(recorder.samples() == at_pause);  // nothing kept while paused
    recorder.resume();
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    const auto path = recorder.stop();
    REQUIRE(path == wav);

    const auto bytes = read_all(wav);
    REQUIRE(bytes.size() > 44);
    CHECK(std::string(bytes.data(), 4) == "RIFF");
    const auto data_size = static_cast<std::uint32_t>(
        static_cast<std::uint8_t>(bytes[40]) | (static_cast<std::uint8_t>(bytes[41]) << 8) |
        (static_cast<std::uint8_t>(bytes[42]) << 16) |
        (static_cast<std::uint32_t>(static_cast<std::uint8_t>(bytes[43])) << 24));
    CHECK(data_size == bytes.size() - 44);
    const double seconds = static_cast<double>(data_size) / 2 / kRecordSampleRate;
    // 0.5 s of lead, about 1.2 s of sound (the pause's 0.6 s cut out); generous bounds for a busy
    // machine.
    CHECK(seconds > 1.2);
    CHECK(seconds < 2.6);
    CHECK(peak_s16(std::vector<char>(bytes.begin() + 44, bytes.begin() + 44 + kRecordSampleRate)) ==
          0);                                                // the lead
    CHECK(peak_s16(bytes, 44 + kRecordSampleRate) > 10000);  // the tone

    // A restarted rehearsal: the next run's recording, from talk time 0, on the same microphone.
    const auto again = dir.root() / "run-2.wav";
    REQUIRE(recorder.start(again, Millis{0}));
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    REQUIRE(recorder.stop() == again);
    const auto second = read_all(again);
    REQUIRE(second.size() > 44 + 2 * kRecordSampleRate / 10);  // over 0.1 s of sound
    CHECK(peak_s16(second, 44) > 10000);
}

TEST_CASE("no microphone: start says so and what to do") {
    TempDeck dir;
    setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    MicRecorder recorder;
    CHECK_FALSE(recorder.open());
    CHECK_FALSE(recorder.start(dir.root() / "run.wav", Millis{0}));
    CHECK(recorder.problem().find("no microphone") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.root() / "run.wav"));
    CHECK(recorder.stop().empty());
}
