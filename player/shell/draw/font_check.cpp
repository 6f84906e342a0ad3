#include "shell/draw/font_check.hpp"

#include <SDL_ttf.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "core/file/lower_case.hpp"

namespace lightning {

namespace {

const char* const kInstead =
    ": the bundled DejaVu Sans is used instead; give a TrueType or OpenType file (.ttf, .otf) or "
    "an installed font's name (fc-list shows them)";

// SDL_ttf for the length of one probe: TTF_Init and TTF_Quit count, so this works whether or not
// the caller has it open.
class TtfProbe {
public:
    TtfProbe() : ok_(TTF_Init() == 0) {}
    ~TtfProbe() {
        if (ok_) TTF_Quit();
    }
    TtfProbe(const TtfProbe&) = delete;
    TtfProbe& operator=(const TtfProbe&) = delete;
    bool ok() const { return ok_; }

private:
    bool ok_;
};

}  // namespace

bool names_font_file(const std::string& font) {
    if (font.find('/') != std::string::npos) return true;
    const std::string ext = lower_extension(font);
    return ext == ".ttf" || ext == ".otf" || ext == ".ttc" || ext == ".otc" || ext == ".woff" ||
           ext == ".woff2" || ext == ".pfb" || ext == ".pfa";
}

std::string font_problem(const std::string& font) {
    if (font.empty()) return {};
    std::error_code error;
    const auto status = std::filesystem::status(font, error);
    if (!std::filesystem::exists(status)) {
        if (!names_font_file(font)) return {};  // a name: fontconfig's best match is used
        return "the font file " + font + " does not exist" + kInstead;
    }
    if (!std::filesystem::is_regular_file(status))
        return "the font " + font + " is not a file" + kInstead;
    const TtfProbe ttf;
    if (!ttf.ok()) return {};  // no font can be drawn at all: not this font's fault
    TTF_Font* opened = TTF_OpenFont(font.c_str(), 16);
    if (opened) {
        TTF_CloseFont(opened);
        return {};
    }
    std::string why = TTF_GetError();
    if (why.empty()) why = "not a font";
    return "the font file " + font + " cannot be opened (" + why + ")" + kInstead;
}

}  // namespace lightning
