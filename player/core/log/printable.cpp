#include "core/log/printable.hpp"

#include <cstdio>

namespace lightning {

namespace {
void escape(std::string& out, unsigned char byte) {
    char code[8];
    std::snprintf(code, sizeof code, "\\x%02x", byte);
    out += code;
}

// The length of the valid UTF-8 sequence at `i`, 0 when it is not one.
size_t utf8_length(std::string_view text, size_t i) {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    const size_t n = (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > text.size()) return 0;
    for (size_t k = 1; k < n; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    if (n == 2 && lead == 0xC2 && byte(i + 1) < 0xA0) return 0;  // C1 controls (U+0080-U+009F)
    if (lead == 0xC0 || lead == 0xC1) return 0;                  // overlong
    return n;
}
}  // namespace

std::string printable(std::string_view text, bool keep_newlines) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n' && keep_newlines) {
            out += '\n';
            ++i;
        } else if (byte < 0x20 || byte == 0x7F) {
            escape(out, byte);
            ++i;
        } else if (byte < 0x80) {
            out += static_cast<char>(byte);
            ++i;
        } else if (const size_t n = utf8_length(text, i); n > 0) {
            out.append(text.substr(i, n));
            i += n;
        } else {
            escape(out, byte);
            ++i;
        }
    }
    return out;
}

std::string printable_message(std::string_view text) {
    std::string out;
    size_t begin = 0;
    while (begin <= text.size()) {
        size_t end = text.find('\n', begin);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(begin, end - begin);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") != std::string_view::npos) {
            if (!out.empty()) out += "\n  ";
            out += printable(line);
        }
        begin = end + 1;
    }
    return out;
}

}  // namespace lightning
