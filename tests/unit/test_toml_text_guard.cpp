// The raw-text check before toml++: non-ASCII outside strings and control characters are refused
// with the line; valid TOML with non-ASCII in strings, comments and odd places passes.
#include <doctest/doctest.h>

#include "core/deck/toml_text_guard.hpp"

using namespace lightning;

TEST_CASE("text toml++ must not see is refused with its line and a hint") {
    struct Case {
        const char* text;
        int line;
        const char* says;
    };
    const Case cases[] = {
        {"title = \xE2\x80\x9CMy talk\xE2\x80\x9D\n", 1,
         "curly quote; write text in straight quotes"},
        {"title = \"x\"\nspeaker = \xC8\x98tefan\n", 2, "\"\xC8\x98\" is outside quotes"},
        {"title = \"x\" \xC8\x9B\n", 1, "outside quotes"},
        {"a = 2i=\"\xC8\x9B\"\n", 1, "outside quotes"},  // a bare value read through its quote
        {"a = [1, 2.'\xEF\xBB\xAF']\n", 1, "outside quotes"},  // 2.' is a number, not a dotted key
        {"a = 2i{\"\xEF\xBB\xBB\"\n", 1, "outside quotes"},
        {"notes = \"\"\"\\\n\n  \xC8\x98tefan\"\"\"\n", 3, "backslash in a \"\"\" string"},
        {"title = \"x\"\n\n[(\x01]\n", 3, "control character (code 1)"},
        {"\xC3\xA9t\xC3\xA9 = 1\n", 1, "outside quotes"},  // TOML keys are ASCII unless quoted
        {"l={l= \"=\"\xC8\x98", 1, "outside quotes"},      // a key inside an inline table
        {"t = [{a = 1, b= \"x\" \xC8\x98}]\n", 1, "outside quotes"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        const auto problem = find_untomlable_text(c.text);
        REQUIRE(problem.has_value());
        CHECK(problem->line == c.line);
        CHECK(problem->what.find(c.says) != std::string::npos);
    }
}

TEST_CASE("valid TOML with non-ASCII in strings and comments passes") {
    const char* good[] = {
        "title = \"\xC8\x98tefan \xCE\xB1\xCE\xB2 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x9A\x80\"\n",
        "# \xC8\x98tefan's deck \xE2\x80\x9C\xE2\x80\x9D\nformat = \"ignite\"\n",
        "notes = '''\n\xC8\x98tefan\n\xCE\xB1'''\nspeaker = 'Zo\xC3\xAB'\n",
        "notes = \"\"\"\xC8\x98 \"quoted\" \\\" \xC8\x9B\"\"\"\"\n",
        "\"\xC3\xA9t\xC3\xA9\" = 1\n[a.\"\xCE\xB1\"]\nb = [\"\xCE\xB2\", {c = \"\xCE\xB3\"}]\n",
        "x = [\n  \"\xCE\xB1\",\n  \"\xCE\xB2\",\n]\n",
        "t = 1979-05-27T07:32:00Z # \xCE\xB1\n",
        "t = {a = \"\xCE\xB1=\", b.c = '\xCE\xB2', \"\xCE\xB3\" = [{d = \"\xCE\xB4\"}]}\n",
        "talk = [{deck = \"a\", title = \"\xC8\x98\"}, {deck='b', speaker=\"\xCE\xB1\"}]\n",
    };
    for (const char* text : good) {
        CAPTURE(text);
        CHECK_FALSE(find_untomlable_text(text).has_value());
    }
}
