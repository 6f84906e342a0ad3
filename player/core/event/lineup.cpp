#include "core/event/lineup.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <system_error>

#include "core/deck/toml_values.hpp"
#include "core/file/lower_case.hpp"

namespace lightning {
namespace fs = std::filesystem;

std::string Lineup::where(int line) const {
    return source.empty() ? std::string() : toml_where(source.string(), line);
}

namespace {

constexpr std::string_view kTopKeys = "name, [[talk]], [[break]]";
constexpr std::string_view kBreakKeys = "title, minutes";
constexpr std::string_view kTalkKeys = "deck, speaker, title, format, total, slide_seconds";
constexpr std::string_view kHowToWriteTalks =
    "list the talks as [[talk]] tables (two brackets), one per talk, each with deck = \"...\"";

class LineupReader {
public:
    explicit LineupReader(Lineup& lineup) : lineup_(lineup), file_(lineup.where(0)) {}

    void read_top(const toml::table& root) {
        for (const auto& [key, node] : root) {
            const std::string_view name = key.str();
            if (name == "name") {
                if (auto text = toml_string(node, name, file_); !text.empty())
                    lineup_.name = std::move(text);
            } else if (name == "talk") {
                read_talks(node);
            } else if (name == "break") {
                read_breaks(node);
            } else if (name == "slide" && !root.contains("talk")) {
                fail(node,
                     "this looks like a deck's deck.toml (it has [[slide]] entries), not a lineup: "
                     "give the deck's folder instead, or " +
                         std::string(kHowToWriteTalks));
            } else {
                warn_unknown(node, name, kTopKeys);
            }
        }
        if (lineup_.talks.empty())
            throw DeckError(file_ + ": the lineup has no talks: " + std::string(kHowToWriteTalks));
        // toml++ keeps [[talk]] and [[break]] apart; their lines give the running order.
        for (auto& pause : lineup_.breaks) {
            pause.before_talk = 0;
            for (const auto& talk : lineup_.talks)
                if (talk.toml_line < pause.toml_line) ++pause.before_talk;
        }
        std::stable_sort(
            lineup_.breaks.begin(), lineup_.breaks.end(),
            [](const LineupBreak& a, const LineupBreak& b) { return a.toml_line < b.toml_line; });
    }

private:
    [[noreturn]] void fail(const toml::node& node, const std::string& what) const {
        fail_at(toml_line(node), what);
    }
    [[noreturn]] void fail_at(int line, const std::string& what) const {
        throw DeckError(lineup_.where(line) + ": " + what);
    }

    void warn_unknown(const toml::node& node, std::string_view key, std::string_view allowed) {
        lineup_.warnings.push_back(lineup_.where(toml_line(node)) + ": unknown key '" +
                                   std::string(key) +
                                   "' is ignored (known keys: " + std::string(allowed) + ")");
    }

    void read_talks(const toml::node& node) {
        const auto* entries = node.as_array();
        if (entries && entries->empty())
            fail(node, "talk = [] holds no talks: " + std::string(kHowToWriteTalks));
        if (!entries || !entries->is_array_of_tables())
            fail(node, "talk must be written as [[talk]] tables: " + std::string(kHowToWriteTalks));
        for (const auto& item : *entries) lineup_.talks.push_back(read_talk(*item.as_table()));
    }

    void read_breaks(const toml::node& node) {
        const auto* entries = node.as_array();
        if (!entries || !entries->is_array_of_tables())
            fail(
                node,
                "break must be written as [[break]] tables, with title = \"...\" and minutes = 15");
        for (const auto& item : *entries) {
            const toml::table& table = *item.as_table();
            LineupBreak pause;
            pause.title = "Break";
            pause.toml_line = toml_line(table);
            bool has_minutes = false;
            for (const auto& [key, value] : table) {
                const std::string_view name = key.str();
                if (name == "title") {
                    if (auto text = toml_string(value, name, file_); !text.empty())
                        pause.title = std::move(text);
                } else if (name == "minutes") {
                    const auto minutes = value.value<double>();
                    if (!minutes || !(*minutes > 0) || *minutes > 24 * 60)
                        fail(value, "minutes must be a number of minutes, like minutes = 15");
                    pause.length = Millis{static_cast<long long>(*minutes * 60'000)};
                    has_minutes = true;
                } else {
                    warn_unknown(value, name, kBreakKeys);
                }
            }
            if (!has_minutes)
                fail_at(pause.toml_line, "this [[break]] has no length: add minutes = 15");
            lineup_.breaks.push_back(std::move(pause));
        }
    }

    LineupTalk read_talk(const toml::table& table) {
        LineupTalk talk;
        talk.toml_line = toml_line(table);
        // toml++ keeps a table's keys sorted, not in file order, so the lines of the timing keys
        // are kept to point a contradiction at the one written last.
        int deck_line = 0, format_line = 0, total_line = 0, slide_seconds_line = 0;
        for (const auto& [key, value] : table) {
            const std::string_view name = key.str();
            if (name == "deck") {
                talk.deck = toml_string(value, name, file_);
                deck_line = toml_line(value);
            } else if (name == "speaker") {
                talk.speaker = toml_string(value, name, file_);
            } else if (name == "title") {
                talk.title = toml_string(value, name, file_);
            } else if (name == "format") {
                const auto text = toml_string(value, name, file_);
                talk.timing.format = parse_format(text);
                if (!talk.timing.format)
                    fail(value, "unknown format \"" + text +
                                    "\": use \"ignite\" (15 s a slide), \"pechakucha\" (20 s a "
                                    "slide) or \"five-minutes\" (the total split evenly)");
                format_line = toml_line(value);
            } else if (name == "total") {
                talk.timing.total = toml_duration(value, name, file_);
                total_line = toml_line(value);
            } else if (name == "slide_seconds") {
                talk.timing.slide_seconds = toml_duration(value, name, file_);
                slide_seconds_line = toml_line(value);
            } else {
                warn_unknown(value, name, kTalkKeys);
            }
        }
        if (deck_line == 0)
            fail_at(talk.toml_line,
                    "this [[talk]] has no deck: add deck = \"folder\" (a deck folder "
                    "or a PDF, relative to this file)");
        if (talk.deck.empty() || talk.deck.find('\0') != std::string::npos)
            fail_at(deck_line, "deck must name a deck folder or a PDF, like deck = \"talks/ada\"");
        // No shell reads this file, so "~/talks" would name a folder called "~" here.
        if (talk.deck.starts_with("~"))
            fail_at(deck_line, "deck = \"" + talk.deck +
                                   "\": ~ is not your home folder here; write "
                                   "the full path, or a path relative to this file");
        check_timing(talk.timing, format_line, total_line, slide_seconds_line);
        resolve_deck_path(talk);
        return talk;
    }

    // Timing keys that would silently override each other are refused, as in deck.toml.
    void check_timing(const TimingOverrides& timing, int format_line, int total_line,
                      int slide_seconds_line) const {
        if (timing.total && timing.slide_seconds)
            fail_at(std::max(total_line, slide_seconds_line),
                    "give total or slide_seconds, not both: total is split evenly over the "
                    "slides, slide_seconds gives every slide the same time");
        if (!timing.format || *timing.format == TalkFormat::FiveMinutes) return;
        const auto format = std::string(format_name(*timing.format));
        if (timing.total || timing.slide_seconds)
            fail_at(std::max(format_line, timing.total ? total_line : slide_seconds_line),
                    std::string(timing.total ? "total" : "slide_seconds") +
                        " does not apply to format \"" + format + "\" (" +
                        (*timing.format == TalkFormat::Ignite ? "15" : "20") +
                        " s a slide); remove it or use format = \"five-minutes\"");
    }

    // A relative deck path is relative to the lineup file, wherever lightning is started from.
    void resolve_deck_path(LineupTalk& talk) const {
        const fs::path written(talk.deck);
        const fs::path folder = lineup_.source.parent_path();
        if (written.is_relative() && !folder.empty()) talk.deck = (folder / written).string();
    }

    Lineup& lineup_;
    std::string file_;  // the lineup file's name, for messages
};

// What a talk whose deck did not load is called on its card: the folder's or the PDF's name.
std::string title_from_path(const std::string& deck) {
    fs::path path = fs::path(deck).lexically_normal();
    if (!path.has_filename()) path = path.parent_path();  // "talks/ada/" names "ada"
    const std::string name =
        lower_extension(path) == ".pdf" ? path.stem().string() : path.filename().string();
    return name.empty() ? deck : name;
}

}  // namespace

Lineup read_lineup_text(std::string_view text, const fs::path& name) {
    Lineup lineup;
    lineup.source = name;
    lineup.name = name.stem().empty() ? std::string(kDefaultSessionName) : name.stem().string();
    const toml::table root = parse_toml_text(text, lineup.where(0));
    LineupReader(lineup).read_top(root);
    return lineup;
}

Lineup read_lineup(const fs::path& file) {
    std::error_code error;
    if (fs::is_directory(file, error))
        throw DeckError(file.string() +
                        " is a folder, not a lineup file: give the lineup's .toml "
                        "file, or the deck folders themselves");
    if (!fs::exists(file, error))
        throw DeckError("lineup file " + file.string() + " does not exist: check the path");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw DeckError("cannot read " + file.string() + ": check its permissions");
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) throw DeckError("cannot read " + file.string() + ": a read error");
    return read_lineup_text(text, file);
}

Lineup lineup_from_decks(const std::vector<std::string>& decks) {
    if (decks.empty())
        throw std::invalid_argument(
            "no talks given: name a lineup file (lineup.toml) or the decks "
            "in the order they are given");
    Lineup lineup;
    lineup.name = std::string(kDefaultSessionName);
    for (const auto& deck : decks) {
        LineupTalk talk;
        talk.deck = deck;
        lineup.talks.push_back(std::move(talk));
    }
    return lineup;
}

Lineup lineup_from_arguments(const std::vector<std::string>& arguments) {
    const auto is_lineup_file = [](const std::string& argument) {
        std::error_code error;
        return lower_extension(argument) == ".toml" && !fs::is_directory(argument, error);
    };
    if (arguments.size() == 1 && is_lineup_file(arguments.front()))
        return read_lineup(arguments.front());
    for (const auto& argument : arguments)
        if (is_lineup_file(argument))
            throw std::invalid_argument(argument +
                                        " is a lineup file: give either one lineup file "
                                        "or a list of decks, not both");
    return lineup_from_decks(arguments);
}

CheckedTalk check_talk(const Lineup& lineup, const LineupTalk& talk) {
    CheckedTalk entry;
    entry.talk = talk;
    // Any failure is this talk's problem, never the session's: besides DeckError, a folder
    // changing while it is read can throw std::filesystem::filesystem_error.
    try {
        entry.deck = load_deck(talk.deck);
    } catch (const std::exception& error) {
        entry.problem = error.what();
    }
    if (entry.deck) {
        try {
            entry.schedule = make_schedule(*entry.deck, talk.timing);
        } catch (const std::exception& error) {
            // With overrides the lineup's timing is at fault (deck.toml is then not used).
            const bool from_lineup = talk.timing.any() && talk.toml_line > 0;
            entry.problem =
                (from_lineup ? lineup.where(talk.toml_line) + ": " : std::string()) + error.what();
        }
    }
    if (entry.schedule) {
        const auto readable = [](const SlideEntry& slide) {
            std::error_code error;
            return std::filesystem::is_regular_file(slide.path, error) &&
                   std::filesystem::file_size(slide.path, error) > 0 && !error;
        };
        if (std::none_of(entry.deck->slides.begin(), entry.deck->slides.end(), readable)) {
            entry.problem = talk.deck + ": none of its " +
                            std::to_string(entry.deck->slides.size()) +
                            " slide files can be read (missing or empty): copy the deck again";
            entry.schedule.reset();
        }
    }
    entry.display_title = !talk.title.empty() ? talk.title
                          : entry.deck        ? entry.deck->title
                                              : title_from_path(talk.deck);
    entry.display_speaker = !talk.speaker.empty() ? talk.speaker
                            : entry.deck          ? entry.deck->speaker
                                                  : std::string();
    return entry;
}

std::vector<CheckedTalk> check_lineup(const Lineup& lineup) {
    std::vector<CheckedTalk> checked;
    for (const auto& talk : lineup.talks) checked.push_back(check_talk(lineup, talk));
    return checked;
}

}  // namespace lightning
