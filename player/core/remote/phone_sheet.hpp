#pragma once
// What a phone is told of a talk once (on connecting, and when the talk on stage changes): its
// names, each slide's planned length and notes, and the overlay's thresholds. With these the page
// counts down and advances the slides by itself through a Wi-Fi drop. Pure: built from the
// prepared talks, written as the `talk` event's JSON (docs/phone.md).
#include <string>
#include <vector>

#include "core/remote/phone_request.hpp"
#include "core/show/prepared_talk.hpp"

namespace lightning {

struct PhoneSheet {
    std::string title, speaker;
    int slides = 0;
    std::vector<Millis> plan;  // each slide's planned length; empty: the speaker moves them
    std::vector<std::string> notes;
    Thresholds thresholds;
    bool operator==(const PhoneSheet&) const = default;
};

// The sheet of `talk` (its names as the lineup gives them); `clock_moves_slides` false for a
// free rehearsal (no plan is sent: the slides move when the speaker says).
PhoneSheet phone_sheet(const PreparedTalk& talk, std::string title, std::string speaker,
                       bool clock_moves_slides);

// The `talk` event for `role`: a speaker's own talk `talk`, or the organizer's talk on stage
// `talk` with the lineup's names. `sheets` holds every talk of the lineup.
std::string phone_talk_json(const std::vector<PhoneSheet>& sheets, size_t talk, PhoneRole role);

}  // namespace lightning
