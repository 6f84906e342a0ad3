#pragma once
// A check of a TOML file's raw text (deck.toml, a lineup) before toml++ parses it. TOML allows
// non-ASCII characters only inside strings and comments, and no control character but tab and
// line ends anywhere. Text breaking either rule is refused here with a message a speaker
// understands (curly quotes pasted from a word processor are the usual cause). It also keeps
// toml++ 3.3 (Debian 12) away from its whitespace table, which reaches __builtin_unreachable for
// many non-ASCII characters (Latin Extended, Greek, Cyrillic, U+2C6E-U+3067) wherever it asks "is
// this whitespace?": outside strings, in a bare value it reads ahead through ("2i=\"ț"), and
// after a backslash in a """ string. The fuzzer found each of these.
#include <optional>
#include <string>
#include <string_view>

namespace lightning {

struct TomlTextProblem {
    int line = 0;
    std::string what;
};

std::optional<TomlTextProblem> find_untomlable_text(std::string_view text);

}  // namespace lightning
