#include "shell/import/import_summary.hpp"

#include "core/import/deck_toml_writer.hpp"

namespace lightning {

namespace {

std::vector<int> hidden_numbers(const ImportedTalk& talk) {
    std::vector<int> out;
    for (const ImportedSlide& slide : talk.slides)
        if (slide.hidden) out.push_back(slide.number);
    return out;
}

// Kinds said once for many slides in the text ("slides 2, 4, 6: ..."): a line a slide would bury
// the findings that differ. --json keeps one entry a slide.
std::string grouped_text(const std::string& kind) {
    if (kind == "transition") return "transition effects are not drawn: slides cut";
    if (kind == "animation") return "animations: each picture shows them all at once";
    if (kind == "notes") return "no notes (other slides have notes)";
    if (kind == "hidden") return "hidden: left out of the deck";
    return "";
}

std::string finding_lines(const std::vector<Finding>& findings) {
    std::string out;
    std::vector<bool> done(findings.size(), false);
    for (size_t i = 0; i < findings.size(); ++i) {
        if (done[i]) continue;
        const Finding& finding = findings[i];
        const std::string group = grouped_text(finding.kind);
        std::vector<size_t> same;
        for (size_t j = i; j < findings.size() && !group.empty(); ++j)
            if (findings[j].kind == finding.kind) same.push_back(j);
        if (same.size() >= 3) {
            std::string numbers;
            for (const size_t j : same) {
                numbers += (numbers.empty() ? "" : ", ") + std::to_string(findings[j].slide);
                done[j] = true;
            }
            out += "  slides " + numbers + ": " + group + "\n";
            continue;
        }
        std::string where = finding.slide ? "slide " + std::to_string(finding.slide) : "deck";
        where.resize(std::max<size_t>(where.size(), 10), ' ');
        out += "  " + where + finding.message + "\n";
    }
    return out;
}

}  // namespace

std::string import_summary_text(const ImportedTalk& talk, const DeckPlan& plan,
                                const std::vector<Finding>& findings,
                                const ImportOutcome& outcome) {
    std::string out = "imported " + outcome.source + " (" + talk.kind + ") into " + outcome.folder +
                      ": " + std::to_string(plan.shown.size()) + " slides, " +
                      std::string(format_name(plan.format));
    const std::vector<int> hidden = hidden_numbers(talk);
    if (!hidden.empty()) out += ", " + std::to_string(hidden.size()) + " hidden left out";
    out += "\n  title    \"" + talk.title + "\" (from " + title_source_text(talk) + ")\n";
    if (!talk.speaker.empty()) out += "  speaker  \"" + talk.speaker + "\"\n";
    if (!outcome.pictures.empty())
        out += "  pictures " + std::to_string(plan.shown.size()) + " at " +
               std::to_string(outcome.width) + "x" + std::to_string(outcome.height) + " from " +
               outcome.pictures + "\n";
    out += "preflight: " + (findings.empty() ? std::string("nothing to report") +
                                                   ", the deck plays as the file was made\n"
                                             : std::to_string(findings.size()) + " finding(s)\n");
    out += finding_lines(findings);
    if (!outcome.next_step.empty())
        out += outcome.next_step + "\n";
    else
        out += "next: lightning check " + outcome.folder + "\n";
    return out;
}

nlohmann::json import_summary_json(const ImportedTalk& talk, const DeckPlan& plan,
                                   const std::vector<Finding>& findings,
                                   const ImportOutcome& outcome) {
    nlohmann::json json;
    json["source"] = outcome.source;
    json["kind"] = talk.kind;
    json["deck"] = outcome.folder;
    json["title"] = talk.title;
    json["title_source"] = talk.title_source == TitleSource::Metadata     ? "metadata"
                           : talk.title_source == TitleSource::FirstSlide ? "first-slide"
                                                                          : "file-name";
    json["metadata_title"] = talk.metadata_title;
    json["speaker"] = talk.speaker;
    json["format"] = std::string(format_name(plan.format));
    json["aimed_format"] =
        plan.aimed ? nlohmann::json(std::string(format_name(*plan.aimed))) : nlohmann::json();
    json["slides"] = plan.shown.size();
    json["hidden"] = hidden_numbers(talk);
    json["pictures"] =
        outcome.pictures.empty() ? nlohmann::json() : nlohmann::json(outcome.pictures);
    if (!outcome.next_step.empty()) json["next_step"] = outcome.next_step;
    nlohmann::json list = nlohmann::json::array();
    for (const Finding& finding : findings)
        list.push_back({{"slide", finding.slide},
                        {"deck_slide", finding.deck_slide},
                        {"kind", finding.kind},
                        {"message", finding.message}});
    json["findings"] = list;
    return json;
}

}  // namespace lightning
