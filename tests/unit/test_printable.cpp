#include <doctest/doctest.h>

#include "core/log/byte_text.hpp"
#include "core/log/printable.hpp"

using namespace lightning;

TEST_CASE("printable makes control characters and escape sequences visible") {
    CHECK(printable("\x1b[2Jtitle") == "\\x1b[2Jtitle");
    CHECK(printable("a\tb\rc\nd") == "a\\x09b\\x0dc\\x0ad");
    CHECK(printable("line\nnext", true) == "line\nnext");
    CHECK(printable("bell\x07 del\x7f") == "bell\\x07 del\\x7f");
    CHECK(printable("\xC2\x9B"
                    "31m") == "\\xc2\\x9b31m");  // the one-byte CSI, as UTF-8
    CHECK(printable("\x9b") == "\\x9b");         // and raw
}

TEST_CASE("printable keeps every script and emoji as they are") {
    const std::string text =
        "\xEB\xB2\x88\xEA\xB0\x9C \xCE\x95\xCE\xBB \xD0\x96 \xF0\x9F\x8E\x89 caf\xC3\xA9";
    CHECK(printable(text) == text);
    CHECK(printable("cut \xE2\x82") == "cut \\xe2\\x82");  // a truncated character
}

TEST_CASE("printable reads UTF-8 as names do: what readable_utf8 escapes, it escapes too") {
    // A surrogate (U+D800) and an overlong "/" are not UTF-8: a terminal must not get them raw.
    for (const std::string bad : {"a\xED\xA0\x80"
                                  "b",
                                  "a\xE0\x80\xAF"
                                  "b",
                                  "a\xF4\x90\x80\x80"
                                  "b"}) {
        CHECK_FALSE(is_valid_utf8(bad));
        CHECK(printable(bad).find('\\') != std::string::npos);
    }
    CHECK(printable("a\xED\xA0\x80"
                    "b") == "a\\xed\\xa0\\x80b");
}

TEST_CASE("printable_message splits a library's lines and indents the rest, still escaped") {
    CHECK(printable_message("one line") == "one line");
    CHECK(printable_message("ffmpeg failed. ffmpeg said:\n[mp4] oops\r\nConversion failed!\n") ==
          "ffmpeg failed. ffmpeg said:\n  [mp4] oops\n  Conversion failed!");
    CHECK(printable_message("a\n\n  \nb") == "a\n  b");  // blank lines dropped
    CHECK(printable_message("title \x1b[2J\nnext\x07") == "title \\x1b[2J\n  next\\x07");
    CHECK(printable_message("").empty());
}
