#include "core/remote/phone_check_lines.hpp"

#include "core/time/time_text.hpp"

namespace lightning {

namespace {

// The word a phone sent (remote_words' table) and what the show would do with it on talk
// `number`'s title card, the card the check shows.
struct Meaning {
    std::string word, would;
};

Meaning meaning(Command command, const std::string& number) {
    switch (command) {
        case Command::Start:
            return {"start", "start talk " + number};
        case Command::SkipTalk:
            return {"skip", "skip talk " + number};
        case Command::BackTalk:
            return {"back", "go back to the card before talk " + number};
        case Command::End:
            return {"end", "end the session"};
        case Command::Pause:
            return {"pause", "pause the talk on stage, or hold a break"};
        case Command::BlankBlack:
            return {"blank", "blank the projector"};
        default:  // no remote sends it (remote_may_send): named as the log names it
            return {std::string(command_name(command)), "ignore it"};
    }
}

}  // namespace

std::string phone_visit_line(const PhoneVisit& visit, size_t talks) {
    const std::string page = visit.role == PhoneRole::Organizer ? "the organizer's page"
                             : talks == 1
                                 ? "the speaker's page"
                                 : "talk " + std::to_string(visit.talk + 1) + "'s speaker page";
    return "phone: " + page + (visit.stream ? " follows the live status from " : " opened from ") +
           visit.address;
}

std::string phone_check_command_line(const RemoteCommand& command, size_t talk) {
    Meaning said{"nothing", "do nothing"};
    if (command.extend)
        said = {"extend",
                "add " + format_countdown(std::chrono::duration_cast<Millis>(*command.extend)) +
                    " to a break"};
    else if (command.command)
        said = meaning(*command.command, std::to_string(talk + 1));
    return "phone: the organizer's phone sent " + said.word + ": the show would " + said.would +
           "; this is a check: nothing is played";
}

}  // namespace lightning
