#include "core/show/organizer_controls.hpp"

namespace lightning {

namespace {
Blank toggled(Blank now, Blank wanted) {
    return now == wanted ? Blank::None : wanted;
}
}  // namespace

bool OrganizerControls::take(Command command, Micros now) {
    switch (command) {
        case Command::BlankBlack:
            blank_ = toggled(blank_, Blank::Black);
            return true;
        case Command::BlankWhite:
            blank_ = toggled(blank_, Blank::White);
            return true;
        case Command::HoldStopBegin:
            if (!hold_deadline_) hold_deadline_ = now + kHoldToStop;  // a key's repeats wait on
            return true;
        case Command::HoldStopEnd:
            hold_deadline_.reset();
            return true;
        case Command::ShowKeys:
            keys_until_ = now + kKeysHelpFor;
            return true;
        default:
            return false;
    }
}

bool OrganizerControls::held_to_stop(Micros now) {
    if (!hold_deadline_ || now < *hold_deadline_) return false;
    hold_deadline_.reset();
    return true;
}

std::string OrganizerControls::urgent_status(Micros at) const {
    const std::string hold = key_for(mode_, Command::HoldStopBegin);
    if (hold_deadline_) return "keep holding " + hold + " to " + stops_;
    if (at - close_request_at_ < kNoticeFor)
        return "close request ignored: hold " + hold + " to " + stops_;
    return "";
}

std::string OrganizerControls::blank_status() const {
    if (blank_ == Blank::Black)
        return "audience sees BLACK (" + key_for(mode_, Command::BlankBlack) + ")";
    if (blank_ == Blank::White)
        return "audience sees WHITE (" + key_for(mode_, Command::BlankWhite) + ")";
    return "";
}

void OrganizerControls::wake_ups(WakeUp& wake) const {
    if (hold_deadline_) wake.consider(*hold_deadline_);
    wake.consider(keys_until_);
    wake.consider(close_request_at_ + kNoticeFor);
}

}  // namespace lightning
