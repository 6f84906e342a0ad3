#include "shell/platform/tone_synth.hpp"

#include <algorithm>
#include <cmath>

namespace lightning {

namespace {

constexpr double kPi = 3.14159265358979323846;

struct Partial {
    double hertz;
    double level;
    double decay_per_second;  // exponential decay rate of this partial
};

// Adds `partials` from `start` seconds for `seconds`, with a 5 ms fade-in (no click) and a
// fade-out over the last 20 ms.
void add_tone(std::vector<float>& out, double start, double seconds,
              const std::vector<Partial>& partials) {
    const auto first = static_cast<std::size_t>(start * kCueSampleRate);
    const auto count = static_cast<std::size_t>(seconds * kCueSampleRate);
    if (out.size() < first + count) out.resize(first + count, 0.0f);
    for (std::size_t i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / kCueSampleRate;
        const double fade = std::min({1.0, t / 0.005, (seconds - t) / 0.02});
        double sample = 0;
        for (const auto& p : partials)
            sample += p.level * std::exp(-p.decay_per_second * t) * std::sin(2 * kPi * p.hertz * t);
        out[first + i] += static_cast<float>(sample * fade);
    }
}

}  // namespace

std::vector<float> synthesise_cue(Cue cue) {
    std::vector<float> samples;
    switch (cue) {
        case Cue::Tick:
            add_tone(samples, 0, 0.025, {{2000, 0.20, 120}});
            break;
        case Cue::Warn:
            add_tone(samples, 0, 0.30, {{660, 0.30, 4}, {1320, 0.06, 8}});
            break;
        case Cue::Danger:
            add_tone(samples, 0, 0.15, {{880, 0.35, 3}, {1760, 0.07, 6}});
            add_tone(samples, 0.23, 0.15, {{880, 0.35, 3}, {1760, 0.07, 6}});
            break;
        case Cue::Gong:
            add_tone(samples, 0, 2.5,
                     {{110, 0.30, 1.2},
                      {220.7, 0.18, 1.6},
                      {297.3, 0.12, 2.0},
                      {417.9, 0.08, 2.6},
                      {563.1, 0.05, 3.4}});
            break;
    }
    return samples;
}

}  // namespace lightning
