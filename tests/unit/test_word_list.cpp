// Words in a sentence, as status lines name keys and flags name their choices.
#include <doctest/doctest.h>

#include "core/text/word_list.hpp"

using lightning::word_list;

TEST_CASE("word list: none, one, two, many") {
    CHECK(word_list({}).empty());
    CHECK(word_list({"Space"}) == "Space");
    CHECK(word_list({"Space", "Right"}) == "Space or Right");
    CHECK(word_list({"a", "b", "c"}) == "a, b or c");
    CHECK(word_list({"a", "b", "c"}, "and") == "a, b and c");
}
