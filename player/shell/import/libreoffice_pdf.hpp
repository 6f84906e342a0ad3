#pragma once
// A PDF of a presentation made by LibreOffice, the optional run-time tool (never a build
// dependency): run headless with a fresh profile each time (a LibreOffice the user has open does
// not capture the job, and no setting of theirs applies), macros disabled in that profile, a time
// limit that ends the whole process group, and its exit status not trusted: the PDF must exist.
#include <filesystem>
#include <optional>

#include "core/time/clock.hpp"
#include "shell/import/temporary_folder.hpp"

namespace lightning {

// $LIGHTNING_SOFFICE when set, else soffice or libreoffice on PATH; empty when none is.
std::optional<std::filesystem::path> find_soffice();

class LibreOfficePdf {
public:
    // Converts `source` (copied first, so odd names reach LibreOffice as "talk.pptx"). Throws
    // std::runtime_error naming the file and what happened (time out, no PDF) with what to do.
    LibreOfficePdf(const std::filesystem::path& soffice, const std::filesystem::path& source,
                   Micros limit, const Clock& clock);

    // The PDF; removed with this object.
    const std::filesystem::path& pdf() const { return pdf_; }

private:
    TemporaryFolder folder_;
    std::filesystem::path pdf_;
};

}  // namespace lightning
