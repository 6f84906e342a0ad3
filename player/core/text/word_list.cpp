#include "core/text/word_list.hpp"

namespace lightning {

std::string word_list(const std::vector<std::string>& words, const std::string& last) {
    std::string text;
    for (size_t i = 0; i < words.size(); ++i)
        text += (i == 0 ? "" : i + 1 == words.size() ? " " + last + " " : ", ") + words[i];
    return text;
}

}  // namespace lightning
