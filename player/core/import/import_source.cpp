#include "core/import/import_source.hpp"

#include <zip.h>

#include <array>
#include <fstream>
#include <memory>

namespace lightning {

namespace {

bool ends_with(const std::string& text, std::string_view suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};

// A zip's kind from the parts it holds; Unknown when it is none of ours (or unreadable: the
// zip reader then says why).
SourceKind zip_kind(const std::filesystem::path& file) {
    int code = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open(file.c_str(), ZIP_RDONLY, &code));
    if (!archive) return SourceKind::Pptx;  // a cut-short zip: ZipArchive explains it
    if (zip_name_locate(archive.get(), "ppt/presentation.xml", 0) >= 0) return SourceKind::Pptx;
    if (zip_name_locate(archive.get(), "content.xml", 0) >= 0) return SourceKind::Odp;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* name = zip_get_name(archive.get(), static_cast<zip_uint64_t>(i), 0);
        if (name && ends_with(name, ".iwa")) return SourceKind::Keynote;
    }
    return SourceKind::Unknown;
}

}  // namespace

SourceKind source_kind(const std::string& argument) {
    if (argument.starts_with("http://") || argument.starts_with("https://"))
        return SourceKind::Link;
    const std::filesystem::path path(argument);
    std::error_code error;
    // A Keynote bundle is a folder (Index.zip or Index/ inside) that Finder shows as one file;
    // any other folder is no presentation file (perhaps a deck already: refusal() says so).
    if (std::filesystem::is_directory(path, error)) {
        const bool bundle = ends_with(path.filename().string(), ".key") ||
                            std::filesystem::exists(path / "Index.zip", error) ||
                            std::filesystem::is_directory(path / "Index", error);
        return bundle ? SourceKind::Keynote : SourceKind::Folder;
    }
    std::ifstream in(path, std::ios::binary);
    std::array<unsigned char, 8> magic{};
    in.read(reinterpret_cast<char*>(magic.data()), magic.size());
    const auto got = static_cast<size_t>(in.gcount());
    if (got >= 4 && magic[0] == 0xD0 && magic[1] == 0xCF && magic[2] == 0x11 && magic[3] == 0xE0)
        return SourceKind::Ole;
    if (got >= 4 && magic[0] == '%' && magic[1] == 'P' && magic[2] == 'D' && magic[3] == 'F')
        return SourceKind::Pdf;
    if (got >= 2 && magic[0] == 'P' && magic[1] == 'K') return zip_kind(path);
    return SourceKind::Unknown;
}

std::string refusal(SourceKind kind, const std::string& argument) {
    switch (kind) {
        case SourceKind::Keynote:
            return argument +
                   " is a Keynote presentation, which import cannot read: in Keynote choose File > "
                   "Export To > PowerPoint (then lightning import talk.pptx) or File > Export To > "
                   "PDF (then lightning play talk.pdf)";
        case SourceKind::Ole:
            return argument +
                   " is an old binary PowerPoint file (.ppt) or a password-protected Office file "
                   "(an OLE container, not a zip): open it in PowerPoint or LibreOffice Impress, "
                   "remove any password (File > Info > Protect), save it as .pptx and run "
                   "lightning "
                   "import on that, or export a PDF and run lightning play talk.pdf";
        case SourceKind::Pdf:
            return argument + " is a PDF, which is already a deck: lightning play " + argument +
                   " (put title, notes and timings in " + argument + ".toml, see docs/decks.md)";
        case SourceKind::Link:
            return argument +
                   " is a link: import reads files. In Google Slides choose File > Download > "
                   "Microsoft PowerPoint (.pptx) and run lightning import on it, or File > "
                   "Download > PDF and run lightning play talk.pdf";
        case SourceKind::Folder:
            return argument +
                   " is a folder, not a .pptx or .odp file; a folder of slide pictures is already "
                   "a deck: lightning check " +
                   argument;
        case SourceKind::Unknown:
        default:
            return argument +
                   " is not a PowerPoint (.pptx) or Impress (.odp) file: save it as .pptx or "
                   "export "
                   "a PDF and run lightning play talk.pdf";
    }
}

}  // namespace lightning
