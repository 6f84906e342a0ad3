#include "core/remote/phone_status.hpp"

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "core/log/byte_text.hpp"

namespace lightning {

namespace {

long long millis(Micros time) {
    return std::chrono::duration_cast<Millis>(time).count();
}

// A time left in whole milliseconds, rounded up as the overlay rounds it (talk_screen): the page
// shows whole seconds rounded up too, and 39.9995 s cut to 39 999 ms read a second early.
long long millis_left(Micros left) {
    return std::chrono::ceil<Millis>(left).count();
}

// The states in which the talk's time runs (a blanked talk goes on; a break counts down).
bool time_runs(LiveStatus::State state) {
    using State = LiveStatus::State;
    return state == State::Running || state == State::Blanked || state == State::Break;
}

}  // namespace

std::string phone_status_json(const LiveStatus& status, Micros now, std::uint64_t seq,
                              std::optional<size_t> speaker_talk, const SpeakerMessage& message,
                              const std::string& projected_end) {
    nlohmann::json out;
    out["seq"] = seq;
    out["now"] = millis(now);
    out["state"] = state_name(status.state);
    out["talk"] = status.talk;
    out["talks"] = status.talks;
    out["talks_done"] = status.talks_done;
    out["title"] = readable_utf8(status.title);
    out["speaker"] = readable_utf8(status.speaker);
    const bool mine = !speaker_talk || *speaker_talk == status.talk;
    out["mine"] = mine;
    out["slide"] = status.slide;
    out["slides"] = status.slides;
    out["next_flip"] = status.next_flip ? nlohmann::json(millis_left(*status.next_flip)) : nullptr;
    out["talk_left"] = millis_left(status.talk_left);
    out["slide_left"] = millis_left(status.slide_left);
    out["projected_end"] =
        projected_end.empty() ? nlohmann::json(nullptr) : nlohmann::json(projected_end);
    // The message is for the speaker on stage: the speakers waiting (or done) never see it.
    out["message"] = message.text.empty() || !mine
                         ? nlohmann::json(nullptr)
                         : nlohmann::json{{"id", message.id}, {"text", message.text}};
    return out.dump();
}

bool phone_status_news(const LiveStatus& before, Micros before_at, const LiveStatus& now,
                       Micros now_at) {
    if (before.state != now.state || before.talk != now.talk || before.talks != now.talks ||
        before.talks_done != now.talks_done || before.slide != now.slide ||
        before.slides != now.slides || before.title != now.title || before.speaker != now.speaker ||
        before.next_flip.has_value() != now.next_flip.has_value())
        return true;
    const Micros passed = time_runs(now.state) ? now_at - before_at : Micros{0};
    const Micros expected = before.talk_left - passed;
    // Counting down stops at zero; past it nothing is news.
    const Micros drift = std::max(Micros{0}, expected) - now.talk_left;
    return std::llabs(drift.count()) > 100'000;
}

}  // namespace lightning
