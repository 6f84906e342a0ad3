#pragma once
// The sounds of the cues, synthesised (no sound files to ship): mono float samples in -1..1.
// Quiet on purpose: a tick must not be heard by the audience over a speaker's voice.
#include <vector>

#include "core/show/cue.hpp"

namespace lightning {

inline constexpr int kCueSampleRate = 48000;

// The samples of one cue at kCueSampleRate: Tick a 25 ms click, Warn a soft 0.3 s tone, Danger
// two short higher tones, Gong a 2.5 s bell (inharmonic partials, slow decay).
std::vector<float> synthesise_cue(Cue cue);

}  // namespace lightning
