#include "shell/import/libreoffice_pdf.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <stdexcept>

#include "core/file/lower_case.hpp"
#include "shell/export/ffmpeg_pipe.hpp"  // find_on_path
#include "shell/import/child_process_group.hpp"
#include "shell/platform/stop_signals.hpp"

namespace lightning {

namespace {

// Macros off in the fresh profile: the strictest security level and macro execution disabled.
constexpr const char* kNoMacros =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
)";

// Every slide, hidden ones too (LibreOffice 7.4's JSON filter options): which are hidden is
// then decided by import's own reading alone (page_pairing.hpp), not by LibreOffice's, which
// differs (a visibility written on the page rather than in its style).
constexpr const char* kPdfWithHiddenSlides =
    R"(pdf:impress_pdf_Export:{"ExportHiddenSlides":{"type":"boolean","value":"true"}})";

// The last lines LibreOffice printed, for the message.
std::string log_tail(const std::filesystem::path& log) {
    std::ifstream in(log);
    std::string line, tail;
    while (std::getline(in, line))
        if (!line.empty()) tail = line;
    return tail.empty() ? "" : " (it said: " + tail + ")";
}

}  // namespace

std::optional<std::filesystem::path> find_soffice() {
    // Set (tests, or a LibreOffice outside PATH): that program or, when it is none, no
    // LibreOffice at all.
    if (const char* forced = std::getenv("LIGHTNING_SOFFICE"); forced && *forced) {
        std::error_code error;
        if (std::filesystem::is_regular_file(forced, error) && ::access(forced, X_OK) == 0)
            return std::filesystem::path(forced);
        return std::nullopt;
    }
    if (auto found = find_on_path("soffice")) return found;
    return find_on_path("libreoffice");
}

LibreOfficePdf::LibreOfficePdf(const std::filesystem::path& soffice,
                               const std::filesystem::path& source, Micros limit,
                               const Clock& clock)
    : folder_("lightning-import-") {
    const std::filesystem::path work = folder_.path();
    const std::filesystem::path input = work / ("talk" + lower_extension(source));
    std::filesystem::copy_file(source, input);
    std::filesystem::create_directories(work / "profile" / "user");
    std::ofstream(work / "profile" / "user" / "registrymodifications.xcu") << kNoMacros;
    std::filesystem::create_directory(work / "out");
    const std::filesystem::path log = work / "soffice.log";

    const long long seconds_limit = limit.count() / 1'000'000;
    std::fprintf(stderr,
                 "LibreOffice: drawing %s's slides (can take 10 s the first time; %llds at "
                 "most)\n",
                 source.filename().c_str(), seconds_limit);
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    std::optional<int> status;
    {
        ChildProcessGroup child(
            soffice,
            {"-env:UserInstallation=file://" + (work / "profile").string(), "--headless",
             "--invisible", "--norestore", "--nolockcheck", "--nodefault", "--convert-to",
             kPdfWithHiddenSlides, "--outdir", (work / "out").string(), input.string()},
            work, log);
        const StopSignals signals;
        status = child.wait(
            clock, limit,
            [terminal](int seconds) {
                if (terminal) std::fprintf(stderr, "\rLibreOffice: %d s", seconds);
            },
            [] { return StopSignals::received() != 0; });
        if (terminal) std::fprintf(stderr, "\r%*s\r", 24, "");
    }  // the whole group is ended here, whatever LibreOffice left running
    const std::string name = source.string();
    if (!status && StopSignals::received())
        throw std::runtime_error("stopped while LibreOffice was converting " + name +
                                 "; nothing was written");
    if (!status)
        throw std::runtime_error(
            "LibreOffice did not finish converting " + name + " within " +
            std::to_string(seconds_limit) +
            " s and was stopped; try again with a longer --timeout, or export a PDF from "
            "PowerPoint or Impress and run lightning import " +
            name + " --pictures talk.pdf");
    pdf_ = work / "out" / "talk.pdf";
    std::error_code error;
    if (!std::filesystem::is_regular_file(pdf_, error) ||
        std::filesystem::file_size(pdf_, error) == 0)
        throw std::runtime_error(
            "LibreOffice exited with status " + std::to_string(*status) + " but wrote no PDF of " +
            name + log_tail(log) +
            "; export a PDF from PowerPoint or Impress and run lightning import " + name +
            " --pictures talk.pdf");
}

}  // namespace lightning
