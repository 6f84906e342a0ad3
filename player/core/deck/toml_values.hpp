#pragma once
// Reading lightning's TOML files (deck.toml, lineup files) with toml++: the guarded parse and the
// typed values every such file has (strings, times), each refused with "FILE:LINE: what to write"
// as a DeckError. Only the files that read TOML include this (toml++ is heavy to compile).
#include <toml++/toml.h>

#include <string>
#include <string_view>

#include "core/time/clock.hpp"

namespace lightning {

// "lineup.toml:12", or just the file when the line is unknown (0).
std::string toml_where(std::string_view file, int line);

// The line a node starts on (a [[table]]'s header line).
int toml_line(const toml::node& node);

// "a string", "an integer", ... for messages about a value of the wrong type.
std::string toml_type_name(const toml::node& node);

// Checks the raw text first (find_untomlable_text: curly quotes, text outside quotes, control
// characters; it also keeps toml++ 3.3 away from its undefined behaviour), then parses it.
// Throws DeckError("FILE:LINE: not valid TOML: ...").
toml::table parse_toml_text(std::string_view text, std::string_view file);

// The value of `key` as a string; anything else is refused with the way to write it.
std::string toml_string(const toml::node& node, std::string_view key, std::string_view file);

// A time: an "m:ss" string or a number of seconds, greater than 0.
Millis toml_duration(const toml::node& node, std::string_view key, std::string_view file);

}  // namespace lightning
