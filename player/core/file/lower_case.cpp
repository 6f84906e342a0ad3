#include "core/file/lower_case.hpp"

namespace lightning {

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string lower_extension(const std::filesystem::path& file) {
    return ascii_lower(file.extension().string());
}

}  // namespace lightning
