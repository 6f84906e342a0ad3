#include "shell/import/font_availability.hpp"

#include <fontconfig/fontconfig.h>

#include <memory>

#include "core/file/lower_case.hpp"

namespace lightning {

namespace {

struct ConfigCloser {
    void operator()(FcConfig* config) const { FcConfigDestroy(config); }
};
struct PatternCloser {
    void operator()(FcPattern* pattern) const { FcPatternDestroy(pattern); }
};
using PatternPtr = std::unique_ptr<FcPattern, PatternCloser>;

// The family fontconfig picks for `family` ("" when it picks nothing).
std::string matched_family(FcConfig* config, const std::string& family) {
    PatternPtr pattern(FcPatternCreate());
    FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result;
    PatternPtr match(FcFontMatch(config, pattern.get(), &result));
    if (!match) return "";
    // A font lists several family names (localized ones too): any of them equal is a hit.
    FcChar8* name = nullptr;
    std::string first;
    for (int i = 0; FcPatternGetString(match.get(), FC_FAMILY, i, &name) == FcResultMatch; ++i) {
        const std::string found = reinterpret_cast<const char*>(name);
        if (i == 0) first = found;
        if (ascii_lower(found) == ascii_lower(family)) return found;
    }
    return first;
}

}  // namespace

std::vector<MissingFont> missing_fonts(const std::set<std::string>& fonts) {
    std::vector<MissingFont> out;
    if (fonts.empty()) return out;
    std::unique_ptr<FcConfig, ConfigCloser> config(FcInitLoadConfigAndFonts());
    if (!config) return out;
    for (const std::string& font : fonts) {
        const std::string family = matched_family(config.get(), font);
        if (ascii_lower(family) != ascii_lower(font))
            out.push_back({font, family.empty() ? "no font at all" : family});
    }
    return out;
}

}  // namespace lightning
