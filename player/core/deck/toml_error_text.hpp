#pragma once
// toml++'s parse errors in a speaker's words. toml++ says what its grammar expected ("Error while
// parsing time: expected 2-digit hour"); a person who typed total = 5:00 needs to hear that a
// time goes in quotes. Each case names the fix, with the key from the line as written.
#include <string>
#include <string_view>

namespace lightning {

// What to tell the person, from toml++'s `description` of the error and the text of the line it
// points at. A description this does not know is kept as it is.
std::string toml_error_text(std::string_view description, std::string_view line);

}  // namespace lightning
