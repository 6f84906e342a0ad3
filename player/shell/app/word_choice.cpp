#include "shell/app/word_choice.hpp"

#include <algorithm>

#include "core/text/word_list.hpp"

namespace lightning {

CLI::Validator word_choice(std::vector<std::string> words) {
    const std::string list = word_list(words);  // "a, b or c" for the message
    std::string braces;                         // "{a,b,c}" for --help, as CLI11 has it
    for (size_t i = 0; i < words.size(); ++i) braces += (i == 0 ? "{" : ",") + words[i];
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
