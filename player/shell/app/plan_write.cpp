#include "shell/app/plan_write.hpp"

#include <fstream>
#include <iterator>

#include "core/log/log_file.hpp"
#include "core/plan/deck_toml_seconds.hpp"
#include "core/time/schedule.hpp"

namespace lightning {
namespace fs = std::filesystem;

namespace {

// Where the deck's timing is kept: its deck.toml, else the file load_deck would read first
// (talk.pdf.toml beside a PDF, deck.toml in an image folder).
fs::path toml_target(const Deck& deck) {
    if (!deck.toml_path.empty()) return deck.toml_path;
    if (!deck.pdf.empty()) return deck.pdf.string() + ".toml";
    return deck.folder / "deck.toml";
}

std::string read_text(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw DeckError("cannot read " + path.string() + ": check its permissions");
    std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    if (file.bad()) throw DeckError("cannot read " + path.string() + ": a read error");
    return text;
}

// Why the deck as written now does not play the plan, or "" when it does.
std::string mismatch(const fs::path& deck_input, const Plan& plan) {
    try {
        const Deck again = load_deck(deck_input);
        const Schedule schedule = make_schedule(again);
        if (schedule.slides.size() != plan.slides.size())
            return "it now has " + std::to_string(schedule.slides.size()) + " slides, not " +
                   std::to_string(plan.slides.size());
        for (size_t k = 0; k < plan.slides.size(); ++k)
            if (schedule.slides[k].duration.count() != plan.slides[k].proposed_ms)
                return "slide " + std::to_string(k + 1) + " plays " +
                       std::to_string(schedule.slides[k].duration.count()) + " ms, not " +
                       std::to_string(plan.slides[k].proposed_ms);
        if (schedule.total.count() != plan.total_ms) return "its total differs from the plan's";
        return "";
    } catch (const std::exception& error) {
        return error.what();
    }
}

}  // namespace

fs::path write_plan(const fs::path& deck_input, const Deck& deck, const Plan& plan) {
    for (const auto& slide : plan.slides)
        if (slide.proposed_ms <= 0)
            throw DeckError("slide " + std::to_string(slide.slide) +
                            " would get no time at all in this plan, which no deck can play: "
                            "give a longer --total, or rehearse that slide; nothing was written");
    const fs::path target = toml_target(deck);
    std::error_code error;
    const bool existed = fs::exists(target, error);
    const std::string old_text = existed ? read_text(target) : std::string();
    SecondsEdit edit;
    edit.pdf = !deck.pdf.empty();
    edit.total_ms = plan.total_ms;
    for (size_t k = 0; k < plan.slides.size(); ++k) {
        edit.seconds_ms.push_back(plan.slides[k].proposed_ms);
        edit.files.push_back(deck.slides[k].file);
    }
    const std::string new_text = with_planned_seconds(old_text, target.string(), edit);
    const fs::path backup = target.string() + ".bak";
    if (existed)
        if (auto problem = write_whole_file(backup, old_text); !problem.empty())
            throw DeckError(problem + "; nothing was changed");
    if (auto problem = write_whole_file(target, new_text); !problem.empty())
        throw DeckError(problem + "; nothing was changed");
    if (const auto why = mismatch(deck_input, plan); !why.empty()) {
        // Put the old file back (or remove the new one) before saying so.
        const std::string undo = existed                     ? write_whole_file(target, old_text)
                                 : fs::remove(target, error) ? std::string()
                                                             : "cannot remove " + target.string();
        throw DeckError("the deck written to " + target.string() + " does not play the plan (" +
                        why + "); " +
                        (undo.empty() ? "the old file is back in place"
                                      : undo + ": restore it from " + backup.string()) +
                        ". Please report this as a bug");
    }
    return target;
}

}  // namespace lightning
