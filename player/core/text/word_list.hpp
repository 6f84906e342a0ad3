#pragma once
// Words in a sentence: "a", "a or b", "a, b or c". Keys in a status line and the choices of a
// flag are said the same way.
#include <string>
#include <vector>

namespace lightning {

std::string word_list(const std::vector<std::string>& words, const std::string& last = "or");

}  // namespace lightning
