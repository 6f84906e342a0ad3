#include "shell/app/word_choice.hpp"

#include <algorithm>

namespace lightning {

CLI::Validator word_choice(std::vector<std::string> words) {
    std::string list, braces;  // "a, b or c" for the message, "{a,b,c}" for --help as CLI11 has it
    for (size_t i = 0; i < words.size(); ++i) {
        list += (i == 0 ? "" : i + 1 == words.size() ? " or " : ", ") + words[i];
        braces += (i == 0 ? "{" : ",") + words[i];
    }
    braces += "}";
    // CLI11 prints "--flag: " before the text returned here.
    return CLI::Validator(
        [words, list](std::string& value) -> std::string {
            if (std::find(words.begin(), words.end(), value) != words.end()) return {};
            return "\"" + value + "\" is not one of the choices: write " + list;
        },
        braces);
}

}  // namespace lightning
