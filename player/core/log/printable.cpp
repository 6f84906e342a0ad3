#include "core/log/printable.hpp"

#include <cstdio>

#include "core/log/byte_text.hpp"

namespace lightning {

namespace {
void escape(std::string& out, unsigned char byte) {
    char code[8];
    std::snprintf(code, sizeof code, "\\x%02x", byte);
    out += code;
}

// The length of the valid UTF-8 sequence at `i` that is not a C1 control (U+0080-U+009F,
// which some terminals obey as escapes); 0 otherwise.
size_t utf8_length(std::string_view text, size_t i) {
    const size_t n = utf8_sequence(text, i);
    if (n == 2 && static_cast<unsigned char>(text[i]) == 0xC2 &&
        static_cast<unsigned char>(text[i + 1]) < 0xA0)
        return 0;
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
