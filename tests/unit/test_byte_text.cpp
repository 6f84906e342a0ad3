// Names that are bytes, not text: the readable form is valid UTF-8, the hex form is exact.
#include <doctest/doctest.h>

#include "core/log/byte_text.hpp"

using namespace lightning;

TEST_CASE("a UTF-8 name is kept as it is, with no bytes field") {
    const std::string name = "03 \xC3\xA9moji \xF0\x9F\x9A\x80.png";
    CHECK(is_valid_utf8(name));
    CHECK(readable_utf8(name) == name);
    nlohmann::json object;
    put_name(object, "file", name);
    CHECK(object["file"] == name);
    CHECK_FALSE(object.contains("file_bytes"));
}

TEST_CASE("a Latin-1 name becomes readable UTF-8 and keeps its exact bytes in hex") {
    const std::string name = "caf\xE9.png";
    CHECK_FALSE(is_valid_utf8(name));
    CHECK(readable_utf8(name) == "caf\\xE9.png");
    CHECK(hex_bytes(name) == "636166e92e706e67");
    nlohmann::json object;
    put_name(object, "file", name);
    CHECK(object["file"] == "caf\\xE9.png");
    CHECK(object["file_bytes"] == "636166e92e706e67");
    CHECK_NOTHROW((void)object.dump());
}

TEST_CASE("invalid UTF-8 forms are escaped; a backslash is doubled only then") {
    CHECK(readable_utf8("\xC0\xAF") == "\\xC0\\xAF");           // overlong
    CHECK(readable_utf8("\xED\xA0\x80") == "\\xED\\xA0\\x80");  // a surrogate
    CHECK(readable_utf8("a\\b\xFF") == "a\\\\b\\xFF");
    CHECK(readable_utf8("a\\b") == "a\\b");
    CHECK(readable_utf8("\xE2\x82") == "\\xE2\\x82");  // cut short
}
