#pragma once
// Whether a slide can be decoded in time for its slot, from how long its decode takes. Play keeps
// the slide on screen and the next two decoding (Stage::wanted_slides), so slide k's decode starts
// when slide k - 2 goes up: it has the two slots before its own (slide 1 has none: the talk starts
// when it is up, and slide 2 has one). A decode longer than that shows the slide late; one longer
// than that and its own slot never shows it at all (the next slide's time has come).
#include <optional>
#include <string>

#include "core/time/schedule.hpp"

namespace lightning {

struct SlotReadiness {
    enum class Level { Error, Warning };
    Level level;
    std::string what;  // "takes about 27.0 s to draw, longer than ...": a sentence with the fix
};

// How long before slide k's slot its decode starts, at the latest.
Millis decode_lead(const Schedule& schedule, int k);

// Nullopt when a decode of `decode_ms` is ready in time for slide k; otherwise how bad it is:
// an error when the slide would never be shown, a warning when it would appear late.
// `verb` says what the decode is ("decode", "draw" for a PDF page).
std::optional<SlotReadiness> slot_readiness(const Schedule& schedule, int k, double decode_ms,
                                            const std::string& verb);

}  // namespace lightning
