#include "core/deck/toml_text.hpp"

#include <cstdio>

namespace lightning {

std::string toml_quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                if (byte < 0x20 || byte == 0x7f) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04X", byte);
                    out += escaped;
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

std::string toml_seconds(Millis duration) {
    const long long ms = duration.count();
    std::string out = (ms < 0 ? "-" : "") + std::to_string((ms < 0 ? -ms : ms) / 1'000);
    const long long fraction = (ms < 0 ? -ms : ms) % 1'000;
    if (fraction == 0) return out;
    char digits[8];
    std::snprintf(digits, sizeof digits, "%03lld", fraction);
    std::string tail = digits;
    while (tail.back() == '0') tail.pop_back();
    return out + "." + tail;
}

}  // namespace lightning
