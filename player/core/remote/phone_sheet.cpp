#include "core/remote/phone_sheet.hpp"

#include <nlohmann/json.hpp>

#include "core/log/byte_text.hpp"

namespace lightning {

PhoneSheet phone_sheet(const PreparedTalk& talk, std::string title, std::string speaker,
                       bool clock_moves_slides) {
    PhoneSheet sheet;
    sheet.title = std::move(title);
    sheet.speaker = std::move(speaker);
    sheet.slides = talk.schedule.count();
    sheet.thresholds = talk.thresholds;
    for (const PlannedSlide& slide : talk.schedule.slides)
        if (clock_moves_slides) sheet.plan.push_back(slide.duration);
    for (int k = 0; k < sheet.slides; ++k)
        sheet.notes.push_back(k < static_cast<int>(talk.deck.slides.size())
                                  ? talk.deck.slides[static_cast<size_t>(k)].notes
                                  : std::string{});
    return sheet;
}

std::string phone_talk_json(const std::vector<PhoneSheet>& sheets, size_t talk, PhoneRole role) {
    nlohmann::json out;
    out["role"] = role == PhoneRole::Organizer ? "organizer" : "speaker";
    out["talk"] = talk;
    out["talks"] = sheets.size();
    const PhoneSheet none;
    const PhoneSheet& sheet = talk < sheets.size() ? sheets[talk] : none;
    // A deck's text may hold bytes that are not UTF-8 (a hand-edited deck.toml): shown readable,
    // never a JSON error that would cut the phone off.
    out["title"] = readable_utf8(sheet.title);
    out["speaker"] = readable_utf8(sheet.speaker);
    out["slides"] = sheet.slides;
    out["plan"] = nlohmann::json::array();
    for (const Millis length : sheet.plan) out["plan"].push_back(length.count());
    out["notes"] = nlohmann::json::array();
    for (const std::string& notes : sheet.notes) out["notes"].push_back(readable_utf8(notes));
    out["warn"] = sheet.thresholds.warn.count();
    out["danger"] = sheet.thresholds.danger.count();
    out["flash"] = sheet.thresholds.flash.count();
    if (role == PhoneRole::Organizer) {
        out["lineup"] = nlohmann::json::array();
        for (const PhoneSheet& each : sheets)
            out["lineup"].push_back(
                {{"title", readable_utf8(each.title)}, {"speaker", readable_utf8(each.speaker)}});
    }
    return out.dump();
}

}  // namespace lightning
