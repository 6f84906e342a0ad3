#pragma once
// How an event names its talks for people: a running-order line, the format line, a result, and
// the talk as it is played (the lineup's names on its end card).
#include <filesystem>
#include <string>
#include <vector>

#include "core/event/lineup.hpp"
#include "core/show/prepared_talk.hpp"

namespace lightning {

// "3. Title — Speaker"
std::string talk_line(size_t index, const CheckedTalk& talk);
// "ignite · 5:00 · 20 slides" (empty for a deck that cannot be played)
std::string talk_format(const CheckedTalk& talk);
// "5:02 (+0:02)", "4:58 (-0:02)": both to the nearest second, the difference of the rounded
// values.
std::string talk_result(long long actual_ms, long long planned_ms);
// The talk ready to play, with the lineup's title and speaker (an empty deck when broken).
// `config`: the config.toml that, under each deck's own deck.toml [settings], gives a talk its
// look and thresholds (null: the defaults). A talk whose settings cannot be used keeps the
// defaults, and `problems` gets a line saying why.
PreparedTalk event_talk(const CheckedTalk& talk, bool presenter,
                        const std::filesystem::path* config = nullptr,
                        std::vector<std::string>* problems = nullptr);

}  // namespace lightning
