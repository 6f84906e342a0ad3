// lower_extension and ascii_lower: the one case-insensitive reading of file kinds and format
// names (".JPG" is ".jpg"), ASCII only so a UTF-8 name is never cut into bytes.
#include <doctest/doctest.h>

#include "core/file/lower_case.hpp"

using namespace lightning;

TEST_CASE("lower_extension: the extension with its dot, in lower case") {
    CHECK(lower_extension("IMG_1.JPG") == ".jpg");
    CHECK(lower_extension("talks/Talk.PDF") == ".pdf");
    CHECK(lower_extension("archive.tar.GZ") == ".gz");
    CHECK(lower_extension("README") == "");
    CHECK(lower_extension(".hidden") == "");
}

TEST_CASE("ascii_lower: letters A to Z only, other bytes as they are") {
    CHECK(ascii_lower("HEIC") == "heic");
    CHECK(ascii_lower("Caf\xC3\x89.PNG") == "caf\xC3\x89.png");  // É stays as its two bytes
    CHECK(ascii_lower("[1] Z@") == "[1] z@");
}
