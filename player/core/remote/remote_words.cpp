#include "core/remote/remote_words.hpp"

#include <cmath>
#include <utility>

namespace lightning {

std::optional<Command> remote_command_word(std::string_view word) {
    static constexpr std::pair<std::string_view, Command> kWords[] = {
        {"start", Command::Start}, {"skip", Command::SkipTalk}, {"back", Command::BackTalk},
        {"end", Command::End},     {"pause", Command::Pause},   {"blank", Command::BlankBlack},
    };
    for (const auto& [name, command] : kWords)
        if (word == name) return command;
    return std::nullopt;
}

std::optional<Micros> break_extension(double seconds) {
    if (!(seconds >= 1 && seconds <= 3600)) return std::nullopt;
    return Micros{std::llround(seconds * 1e6)};
}

}  // namespace lightning
