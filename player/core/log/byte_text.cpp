#include "core/log/byte_text.hpp"

#include <cctype>

namespace lightning {

namespace {

constexpr char kHex[] = "0123456789abcdef";

template <typename JsonT>
void put_name_in(JsonT& object, const std::string& key, std::string_view bytes) {
    object[key] = readable_utf8(bytes);
    if (!is_valid_utf8(bytes)) object[key + "_bytes"] = hex_bytes(bytes);
}

}  // namespace

size_t utf8_sequence(std::string_view bytes, size_t at) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(bytes[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) return 1;
    size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead == 0xE0)
        length = 3, low = 0xA0;
    else if (lead >= 0xE1 && lead <= 0xEC)
        length = 3;
    else if (lead == 0xED)
        length = 3, high = 0x9F;
    else if (lead >= 0xEE && lead <= 0xEF)
        length = 3;
    else if (lead == 0xF0)
        length = 4, low = 0x90;
    else if (lead >= 0xF1 && lead <= 0xF3)
        length = 4;
    else if (lead == 0xF4)
        length = 4, high = 0x8F;
    else
        return 0;
    if (at + length > bytes.size()) return 0;
    if (byte(at + 1) < low || byte(at + 1) > high) return 0;
    for (size_t i = 2; i < length; ++i)
        if (byte(at + i) < 0x80 || byte(at + i) > 0xBF) return 0;
    return length;
}

bool is_valid_utf8(std::string_view bytes) {
    for (size_t at = 0; at < bytes.size();) {
        const size_t length = utf8_sequence(bytes, at);
        if (length == 0) return false;
        at += length;
    }
    return true;
}

std::string readable_utf8(std::string_view bytes) {
    if (is_valid_utf8(bytes)) return std::string(bytes);
    std::string out;
    for (size_t at = 0; at < bytes.size();) {
        const size_t length = utf8_sequence(bytes, at);
        if (length == 0) {
            const auto byte = static_cast<unsigned char>(bytes[at]);
            out += "\\x";
            out += static_cast<char>(std::toupper(kHex[byte >> 4]));
            out += static_cast<char>(std::toupper(kHex[byte & 15]));
            ++at;
        } else {
            if (bytes[at] == '\\') out += '\\';
            out.append(bytes.substr(at, length));
            at += length;
        }
    }
    return out;
}

std::string hex_bytes(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        out += kHex[byte >> 4];
        out += kHex[byte & 15];
    }
    return out;
}

void put_name(nlohmann::json& object, const std::string& key, std::string_view bytes) {
    put_name_in(object, key, bytes);
}
void put_name(nlohmann::ordered_json& object, const std::string& key, std::string_view bytes) {
    put_name_in(object, key, bytes);
}

}  // namespace lightning
