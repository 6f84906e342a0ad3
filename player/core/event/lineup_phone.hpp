#pragma once
// What a phone is told of a lineup's talks before one runs: each talk's sheet, and a talk's
// title card as a status. The event's show builds them here, and so does `lightning phone` (the
// check before the session, which plays nothing), so a phone sees the same in both.
#include <vector>

#include "core/event/lineup.hpp"
#include "core/remote/live_status.hpp"
#include "core/remote/phone_sheet.hpp"
#include "core/show/prepared_talk.hpp"

namespace lightning {

// Each talk's sheet with the lineup's names; `prepared` holds each talk ready to play
// (event_talk: an empty deck for a broken one), in the same order as `talks`.
std::vector<PhoneSheet> lineup_phone_sheets(const std::vector<CheckedTalk>& talks,
                                            const std::vector<PreparedTalk>& prepared);

// Talk `index`'s title card: waiting, the talk that comes next, whole (its names, slides and
// planned length; nothing of it for a deck that cannot be played). `talks` is set to the
// lineup's; talks_done and projected_end are the caller's to fill.
LiveStatus title_card_status(const std::vector<CheckedTalk>& talks, size_t index);

}  // namespace lightning
