#include "core/event/lineup_phone.hpp"

namespace lightning {

std::vector<PhoneSheet> lineup_phone_sheets(const std::vector<CheckedTalk>& talks,
                                            const std::vector<PreparedTalk>& prepared) {
    std::vector<PhoneSheet> sheets;
    for (size_t talk = 0; talk < talks.size() && talk < prepared.size(); ++talk)
        sheets.push_back(phone_sheet(prepared[talk], talks[talk].display_title,
                                     talks[talk].display_speaker, true));
    return sheets;
}

LiveStatus title_card_status(const std::vector<CheckedTalk>& talks, size_t index) {
    LiveStatus status;
    status.state = LiveStatus::State::Waiting;
    status.talks = talks.size();
    status.talk = index;
    if (index >= talks.size()) return status;
    const CheckedTalk& talk = talks[index];
    status.title = talk.display_title;
    status.speaker = talk.display_speaker;
    status.slides = talk.schedule ? talk.schedule->count() : 0;
    status.talk_left = talk.schedule ? Micros{talk.schedule->total} : Micros{0};
    status.slide_left = talk.schedule && talk.schedule->count() > 0
                            ? Micros{talk.schedule->slides.front().duration}
                            : Micros{0};
    return status;
}

}  // namespace lightning
