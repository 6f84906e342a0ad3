#include "core/event/talk_text.hpp"

#include "core/config/talk_options.hpp"
#include "core/time/time_text.hpp"

namespace lightning {

namespace {
constexpr const char* kDot = " \xC2\xB7 ";  // " · "
}  // namespace

std::string talk_line(size_t index, const CheckedTalk& talk) {
    std::string line = std::to_string(index + 1) + ". " + talk.display_title;
    if (!talk.display_speaker.empty()) line += " \xE2\x80\x94 " + talk.display_speaker;  // em dash
    return line;
}

std::string talk_format(const CheckedTalk& talk) {
    if (!talk.schedule) return "";
    // Ignite and PechaKucha are named (the name is the rule the room knows: 20 x 15 s); a talk
    // timed by its total is its length, as on the end card: "five-minutes · 3:00" read wrong.
    const TalkFormat format = talk.schedule->format;
    const std::string name =
        format == TalkFormat::FiveMinutes ? "" : std::string(format_name(format)) + kDot;
    return name + format_countdown(talk.schedule->total) + kDot +
           std::to_string(talk.schedule->count()) +
           (talk.schedule->count() == 1 ? " slide" : " slides");
}

std::string talk_result(long long actual_ms, long long planned_ms) {
    // One rounding rule for both numbers: each to the nearest second, the difference taken from
    // the rounded values, so the two always add up ("0:03 (-0:03)" for 3.04 s of 6 s, never
    // "0:04 (-0:03)" from rounding each its own way).
    const auto whole_seconds = [](long long ms) { return (ms + 500) / 1000; };
    const long long actual = whole_seconds(actual_ms), over = actual - whole_seconds(planned_ms);
    const std::string sign = over < 0 ? "-" : "+";
    return format_countdown(Millis{actual * 1000}) + " (" + sign +
           format_countdown(Millis{(over < 0 ? -over : over) * 1000}) + ")";
}

PreparedTalk event_talk(const CheckedTalk& talk, bool presenter,
                        const std::filesystem::path* config, std::vector<std::string>* problems) {
    PreparedTalk prepared;
    if (talk.deck && talk.schedule) {
        prepared.deck = *talk.deck;
        prepared.deck.title = talk.display_title;  // the end card shows the lineup's names
        prepared.deck.speaker = talk.display_speaker;
        prepared.schedule = *talk.schedule;
        if (config) {
            try {
                apply_settings(prepared, resolve_settings(*config, &*talk.deck, {}));
            } catch (const std::exception& error) {
                if (problems)
                    problems->push_back(talk.display_title + ": its settings are not used (" +
                                        error.what() + "); it runs with the default look");
                prepared.settings = {};
                prepared.thresholds = {};
                prepared.look = {};
            }
        }
    }
    if (presenter) prepared.overlay = overlay_beside_presenter(prepared);
    return prepared;
}

}  // namespace lightning
