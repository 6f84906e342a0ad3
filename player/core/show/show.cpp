#include "core/show/show.hpp"

namespace lightning {

CommandOutcome Show::send(Command command, CommandSource source) {
    const bool remote = source != CommandSource::Key;
    CommandOutcome outcome = remote && !remote_may_send(command)
                                 ? CommandOutcome::ignored(
                                       "not a command a remote may send (only start, skip, back, "
                                       "end, pause and blank)")
                                 : this->command(command);
    if (remote && !outcome.done)
        tell(std::string(command_name(command)) + " from " + std::string(source_name(source)) +
             " ignored: " + outcome.why);
    return outcome;
}

CommandOutcome Show::extend_break(Micros by, CommandSource source) {
    CommandOutcome outcome = extend(by);
    if (!outcome.done)
        tell("extend from " + std::string(source_name(source)) + " ignored: " + outcome.why);
    return outcome;
}

const std::string& Show::speaker_link(size_t talk) const {
    static const std::string none;
    return talk < phone_links_.speaker.size() ? phone_links_.speaker[talk] : none;
}

}  // namespace lightning
