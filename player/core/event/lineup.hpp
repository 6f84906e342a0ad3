#pragma once
// An event's lineup: the talks of a lightning-talk session in order, from a lineup TOML file
// (name = "...", then one [[talk]] per talk) or from a list of deck paths on the command line.
// check_lineup() loads every deck before the session starts, so a broken one is known in advance
// and shown on its title card instead of stopping the session.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/deck/deck.hpp"
#include "core/time/schedule.hpp"

namespace lightning {

struct LineupTalk {
    std::string deck;            // path as written (relative paths resolved against the lineup
                                 // file's folder)
    std::string speaker, title;  // optional; fall back to the deck's own title/speaker when empty
    TimingOverrides timing;      // optional format / total / slide_seconds for this talk
    int toml_line = 0;           // line of its [[talk]] (0 when from the command line)
};

// A break between talks ([[break]] in the lineup file): a card with a countdown.
struct LineupBreak {
    std::string title;       // default "Break"
    Millis length{0};        // minutes = 15 in the file
    size_t before_talk = 0;  // the index of the talk that follows it (talks.size(): at the end)
    int toml_line = 0;
};

struct Lineup {
    std::string name;  // session name ("Lightning talks, PyCon 2027"), default: the
                       // file's stem or "Lightning talks"
    std::vector<LineupTalk> talks;
    std::vector<LineupBreak> breaks;    // in order
    std::filesystem::path source;       // the TOML file, empty for a command-line list
    std::vector<std::string> warnings;  // unknown keys (warn, do not fail), with file:line

    // "lineup.toml:12" for messages about a line of the lineup file ("" for a command-line list).
    std::string where(int line) const;
};

// The session name when neither the file nor the command line gives one.
inline constexpr std::string_view kDefaultSessionName = "Lightning talks";

// Reads a lineup file. Throws DeckError("lineup.toml:LINE: ...") on text that is not TOML, a
// value of the wrong type, a [[talk]] without deck, no talks at all, an unknown format, a
// malformed time or timing keys that contradict each other. Unknown keys become warnings.
Lineup read_lineup(const std::filesystem::path& file);
// The same from the file's text (`name` names it in messages and is the folder relative deck
// paths start from); the fuzzer's entry.
Lineup read_lineup_text(std::string_view text, const std::filesystem::path& name);
// A session of these decks in this order, each with its own deck.toml timing. Throws
// std::invalid_argument when the list is empty.
Lineup lineup_from_decks(const std::vector<std::string>& decks);
// `lightning event LINEUP`'s argument(s): one existing .toml file is a lineup file; anything else
// is a list of decks.
Lineup lineup_from_arguments(const std::vector<std::string>& arguments);

// One talk, checked: `deck` is set when it loaded, `schedule` when the talk can run; `problem`
// (the message for the organizer) is empty exactly when `schedule` is set.
struct CheckedTalk {
    LineupTalk talk;
    std::optional<Deck> deck;
    std::optional<Schedule> schedule;
    std::string problem;
    std::string display_title,
        display_speaker;  // for the title card: the lineup's, else the deck's
};

// One talk of `lineup` checked as below: its deck loaded, its schedule built, and at least one
// of its slide files still there and not empty (a deck emptied by a failed copy would only show
// placeholders). Cheap: nothing is decoded. The event calls it again when the talk's title card
// comes up.
CheckedTalk check_talk(const Lineup& lineup, const LineupTalk& talk);

// Loads each deck (load_deck) and builds its schedule with its overrides. Never throws for a
// broken deck: it is reported in that talk's `problem`, and the other talks are unaffected.
std::vector<CheckedTalk> check_lineup(const Lineup& lineup);

}  // namespace lightning
