#pragma once
// A flag that takes one of a few words (--overlay-corner top-right), refused in lightning's own
// sentence with every choice spelled out, not CLI11's "top not in {top-left,...}".
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace lightning {

CLI::Validator word_choice(std::vector<std::string> words);

}  // namespace lightning
