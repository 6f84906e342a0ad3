#include "shell/app/import_command.hpp"

#include <cstdio>
#include <iostream>
#include <memory>

#include "core/config/talk_options.hpp"  // parse_size
#include "core/import/deck_plan.hpp"
#include "core/import/deck_toml_writer.hpp"
#include "core/import/import_error.hpp"
#include "core/import/import_source.hpp"
#include "core/import/odp_reader.hpp"
#include "core/import/page_pairing.hpp"
#include "core/import/pptx_reader.hpp"
#include "core/import/preflight.hpp"
#include "core/import/zip_archive.hpp"
#include "core/log/log_file.hpp"  // write_whole_file
#include "shell/draw/contact_sheet.hpp"
#include "shell/import/font_availability.hpp"
#include "shell/import/import_summary.hpp"
#include "shell/import/libreoffice_pdf.hpp"
#include "shell/import/output_folder.hpp"
#include "shell/import/pdf_pictures.hpp"
#include "shell/platform/sdl_handles.hpp"

namespace lightning {

namespace {

ImportedTalk read_talk(const std::string& source) {
    const SourceKind kind = source_kind(source);
    std::error_code error;
    if (kind != SourceKind::Link && !std::filesystem::exists(source, error))
        throw ImportError("cannot read " + source + ": no such file");
    if (kind != SourceKind::Pptx && kind != SourceKind::Odp)
        throw ImportError(refusal(kind, source));
    const ZipArchive archive(source);
    ImportedTalk talk = kind == SourceKind::Pptx ? read_pptx(archive) : read_odp(archive);
    choose_title(talk, std::filesystem::path(source).stem().string());
    return talk;
}

std::string how_to_get_pictures(const std::string& source, const std::string& folder) {
    return "no pictures yet: LibreOffice is not installed and no --pictures was given. Either "
           "apt-get install libreoffice-impress-nogui and run this again with --force, or export "
           "a PDF of the talk (PowerPoint: File > Export > PDF; Impress: File > Export as PDF) "
           "and run: lightning import " +
           source + " --pictures talk.pdf -o " + folder + " --force";
}

// Each deck slide's findings, for its cell of the sheet, without the "slide N " the cell shows.
// Transitions are left off the sheet: a cut instead of a fade changes nothing the speaker must
// fix, and on every other cell it would bury the findings that do.
std::vector<std::string> sheet_marks(const std::vector<Finding>& findings, size_t slides) {
    std::vector<std::string> marks(slides);
    for (const Finding& finding : findings) {
        if (finding.deck_slide <= 0 || finding.kind == "transition") continue;
        std::string note = finding.message;
        const std::string prefix = "slide " + std::to_string(finding.slide);
        if (note.rfind(prefix + "'s ", 0) == 0)
            note = note.substr(prefix.size() + 3);
        else if (note.rfind(prefix + " ", 0) == 0)
            note = note.substr(prefix.size() + 1);
        std::string& mark = marks[static_cast<size_t>(finding.deck_slide - 1)];
        mark += (mark.empty() ? "" : "; ") + note;
    }
    return marks;
}

// The sheet at the pictures' size (--size), as export --sheet takes its size.
void write_sheet(const ImportOptions& options, const std::filesystem::path& folder,
                 const std::vector<Finding>& findings, size_t slides, int width, int height) {
    TalkOptions talk_options;
    talk_options.deck = folder.string();
    const PreparedTalk talk = prepare_talk(talk_options);
    SdlLibrary sdl(0);
    write_contact_sheet(talk, width, height, options.sheet, sheet_marks(findings, slides));
}

}  // namespace

void add_import_command(CLI::App& app, ImportOptions& options) {
    auto* command = app.add_subcommand(
        "import",
        "Make a deck folder from a PowerPoint (.pptx) or Impress (.odp) file, with its notes, "
        "timings and format, and print what will not come across (the preflight)");
    command->add_option("file", options.source, "The .pptx or .odp file")->required();
    command->add_option("-o,--output", options.output,
                        "Deck folder to write (default: the file's name without extension)");
    command->add_option("--size", options.size, "Picture size WIDTHxHEIGHT (the projector's)")
        ->capture_default_str();
    command->add_option("--pictures", options.pictures,
                        "The talk as a PDF (the speaker's export): page k is shown slide k");
    command->add_option("--sheet", options.sheet,
                        "Also write a contact sheet PNG with the findings marked on their slides");
    command->add_flag("--json", options.json, "Print the result and the findings as JSON");
    command->add_flag("--force", options.force,
                      "Write into an -o folder that is not empty (replacing an earlier import)");
    command->add_option("--timeout", options.timeout, "LibreOffice's time limit in seconds")
        ->capture_default_str()
        ->check(CLI::Range(1.0, 3600.0));
}

int run_import(const ImportOptions& options) {
    const auto [width, height] = parse_size(options.size, "--size");
    // Everything that can refuse the file happens before anything is written; the file first,
    // so an old .ppt gets its answer rather than a word about -o.
    const ImportedTalk talk = read_talk(options.source);
    const std::filesystem::path folder = options.output.empty()
                                             ? default_output_folder(options.source)
                                             : std::filesystem::path(options.output);
    check_output_folder(folder, options.force);
    const DeckPlan plan = plan_deck(talk);
    if (plan.shown.empty())
        throw ImportError(options.source + ": every slide is hidden; unhide the slides to show");

    std::unique_ptr<LibreOfficePdf> converted;  // its temporary folder lives until the end
    std::filesystem::path pdf = options.pictures;
    std::string pictures_from = options.pictures;
    if (pdf.empty()) {
        if (const auto soffice = find_soffice()) {
            const SteadyClock clock;
            converted = std::make_unique<LibreOfficePdf>(
                *soffice, options.source,
                Micros{static_cast<long long>(options.timeout * 1'000'000)}, clock);
            pdf = converted->pdf();
            pictures_from = "LibreOffice";
        }
    }
    std::vector<int> pages;
    if (!pdf.empty())
        pages = pdf_pages_for(talk, plan, pdf_page_count(pdf),
                              converted ? "LibreOffice's PDF" : pdf.string(), options.source);

    prepare_output_folder(folder, options.force);
    if (!pdf.empty()) write_pdf_pictures(pdf, pages, folder, plan.files, width, height);
    const std::string source_name = std::filesystem::path(options.source).filename().string();
    if (const std::string problem =
            write_whole_file(folder / "deck.toml", deck_toml_text(talk, plan, source_name));
        !problem.empty())
        throw std::runtime_error(problem + ": check that the folder is writable and has room");

    // Fonts matter where LibreOffice draws the slides; a PDF the speaker exported carries its own.
    const std::vector<Finding> findings = preflight(
        {talk, plan, width, height,
         options.pictures.empty() ? missing_fonts(talk.fonts) : std::vector<MissingFont>{}});
    ImportOutcome outcome{options.source, folder.string(), pictures_from, width, height, ""};
    if (pdf.empty()) outcome.next_step = how_to_get_pictures(options.source, folder.string());
    if (!options.sheet.empty()) {
        if (pdf.empty())
            std::fprintf(stderr, "lightning: no --sheet without pictures (see below)\n");
        else
            write_sheet(options, folder, findings, plan.shown.size(), width, height);
    }
    if (options.json)
        std::cout << import_summary_json(talk, plan, findings, outcome)
                         .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                  << "\n";
    else
        std::cout << import_summary_text(talk, plan, findings, outcome);
    return 0;
}

}  // namespace lightning
