#include "core/event/event_log_lines.hpp"

namespace lightning {

using namespace event_line;

namespace {

// 0-based in memory, 1-based in the file.
long long number(size_t index) {
    return static_cast<long long>(index) + 1;
}

struct ToJson {
    Json operator()(const SessionStart& line) const {
        Json talks = Json::array();
        for (const auto& talk : line.talks)
            talks.push_back({{"deck", talk.deck},
                             {"title", talk.title},
                             {"speaker", talk.speaker},
                             {"problem", talk.problem}});
        return {{"event", "session_start"}, {"name", line.name}, {"talks", talks}};
    }
    Json operator()(const SessionResumed& line) const {
        Json out{{"event", "session_resumed"}};
        if (line.talk) out["talk"] = number(*line.talk);
        if (line.card) out["card"] = number(*line.card);
        return out;
    }
    Json operator()(const BreakStart& line) const {
        return {
            {"event", "break_start"}, {"title", line.title}, {"planned_ms", line.planned.count()}};
    }
    Json operator()(const BreakExtended& line) const {
        return {{"event", "break_extended"}, {"by_ms", line.by.count()}};
    }
    Json operator()(const BreakHeld&) const { return {{"event", "break_held"}}; }
    Json operator()(const BreakReleased& line) const {
        return {{"event", "break_released"}, {"held_ms", line.held.count()}};
    }
    Json operator()(const TalkStart& line) const {
        return {{"event", "talk_start"},
                {"talk", number(line.talk)},
                {"deck", line.deck},
                {"title", line.title},
                {"planned_ms", line.planned.count()}};
    }
    Json operator()(const TalkEnd& line) const {
        return {{"event", "talk_end"},
                {"talk", number(line.talk)},
                {"reason", line.reason},
                {"log", line.log.string()},
                {"planned_ms", line.planned.count()},
                {"actual_ms", line.actual.count()},
                {"overrun_ms", (line.actual - line.planned).count()}};
    }
    Json operator()(const TalkSkipped& line) const {
        Json out{{"event", "talk_skipped"}, {"talk", number(line.talk)}};
        if (!line.problem.empty()) out["problem"] = line.problem;
        return out;
    }
    Json operator()(const SessionEnd& line) const {
        return {{"event", "session_end"}, {"reason", line.reason}};
    }
};

// Field readers that answer nullopt for a missing field or one of another type: a line someone
// edited by hand must not stop a resume.
std::optional<std::string> text(const Json& json, const char* key) {
    const auto it = json.find(key);
    if (it == json.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

std::string text_or_empty(const Json& json, const char* key) {
    return text(json, key).value_or("");
}

// A 1-based number in the file, 0-based in memory.
std::optional<size_t> index(const Json& json, const char* key) {
    const auto it = json.find(key);
    if (it == json.end() || !it->is_number_integer() || it->get<long long>() < 1)
        return std::nullopt;
    return static_cast<size_t>(it->get<long long>() - 1);
}

Millis millis(const Json& json, const char* key) {
    const auto it = json.find(key);
    return Millis{it != json.end() && it->is_number_integer() ? it->get<long long>() : 0};
}

std::optional<EventLine> parse_kind(const std::string& kind, const Json& json) {
    if (kind == "session_start") {
        SessionStart line{text_or_empty(json, "name"), {}};
        if (const auto talks = json.find("talks"); talks != json.end() && talks->is_array())
            for (const auto& talk : *talks)
                if (talk.is_object())
                    line.talks.push_back({text_or_empty(talk, "deck"), text_or_empty(talk, "title"),
                                          text_or_empty(talk, "speaker"),
                                          text_or_empty(talk, "problem")});
        return line;
    }
    if (kind == "session_resumed") return SessionResumed{index(json, "talk"), index(json, "card")};
    if (kind == "break_start")
        return BreakStart{text_or_empty(json, "title"), millis(json, "planned_ms")};
    if (kind == "session_end") return SessionEnd{text_or_empty(json, "reason")};
    if (kind == "break_extended") return BreakExtended{millis(json, "by_ms")};
    if (kind == "break_held") return BreakHeld{};
    if (kind == "break_released") return BreakReleased{millis(json, "held_ms")};
    const auto talk = index(json, "talk");
    if (!talk) return std::nullopt;  // a talk's line without its talk says nothing
    if (kind == "talk_start")
        return TalkStart{*talk, text_or_empty(json, "deck"), text_or_empty(json, "title"),
                         millis(json, "planned_ms")};
    if (kind == "talk_end")
        return TalkEnd{*talk, text_or_empty(json, "reason"), text_or_empty(json, "log"),
                       millis(json, "planned_ms"), millis(json, "actual_ms")};
    if (kind == "talk_skipped") return TalkSkipped{*talk, text_or_empty(json, "problem")};
    return std::nullopt;
}

}  // namespace

Json event_line_json(const EventLine& line) {
    return std::visit(ToJson{}, line);
}

std::optional<ReadEventLine> parse_event_line(const std::string& line_text) {
    const Json json = Json::parse(line_text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) return std::nullopt;
    const auto kind = text(json, "event");
    if (!kind) return std::nullopt;
    auto line = parse_kind(*kind, json);
    if (!line) return std::nullopt;
    const auto wall = text(json, "wall");
    return ReadEventLine{std::move(*line), wall ? parse_iso_utc(*wall) : std::nullopt};
}

}  // namespace lightning
