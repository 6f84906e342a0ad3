#pragma once
// File names are bytes, not text: a Latin-1 "caf\xE9.png" from an old zip is a fine file name
// but not UTF-8, and JSON (and the screen's font) need UTF-8. Every place that shows or logs a
// name goes through here: a readable UTF-8 form with each undecodable byte written as \xNN, and,
// where a log must keep the name losslessly, the raw bytes in hex beside it.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace lightning {

bool is_valid_utf8(std::string_view bytes);
// The length of the valid UTF-8 sequence at bytes[at] (1 for ASCII), or 0 when there is none:
// overlong forms, surrogates and code points above U+10FFFF are invalid, as JSON parsers
// require. The one UTF-8 decoder: names here, terminal text in printable.
size_t utf8_sequence(std::string_view bytes, size_t at);
// `bytes` itself when it is valid UTF-8; else the same with each byte that is not part of a
// valid UTF-8 sequence written as the four characters \xNN (a backslash is then written \\, so
// the form stays unambiguous).
std::string readable_utf8(std::string_view bytes);
// "636166e92e706e67": two lowercase hex digits a byte.
std::string hex_bytes(std::string_view bytes);

// object[key] = the readable form; and when `bytes` is not valid UTF-8, object[key + "_bytes"] =
// its hex, so a reader can get the exact name back.
void put_name(nlohmann::json& object, const std::string& key, std::string_view bytes);
void put_name(nlohmann::ordered_json& object, const std::string& key, std::string_view bytes);

}  // namespace lightning
