#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/deck/natural_sort.hpp"

using namespace lightning;

namespace {

std::vector<std::string> sorted(std::vector<std::string> names) {
    std::sort(names.begin(), names.end(), natural_less);
    return names;
}

}  // namespace

TEST_CASE("numbers in names compare by value") {
    CHECK(natural_less("Slide2.JPG", "Slide10.JPG"));
    CHECK_FALSE(natural_less("Slide10.JPG", "Slide2.JPG"));
    CHECK(natural_less("Slide9.png", "Slide10.png"));
    CHECK(natural_less("a1b2", "a1b10"));
    CHECK(natural_less("slide 99", "slide 100"));
    CHECK(natural_less("1.png", "2.png"));
    CHECK(natural_less("x", "x1"));  // a prefix comes first
    CHECK_FALSE(natural_less("x1", "x"));
    CHECK(natural_less("v1.9", "v1.10"));
}

TEST_CASE("letters compare case-insensitively") {
    CHECK(natural_less("apple.png", "Banana.png"));
    CHECK(natural_less("Apple.png", "banana.png"));
    CHECK_FALSE(natural_less("banana.png", "Apple.png"));
    CHECK(natural_less("slide2.png", "SLIDE10.png"));
    CHECK(natural_less("SLIDE2.png", "slide10.png"));

    SUBCASE("names equal but for case still have a fixed order") {
        // Full ties fall back to byte order, so "S" (0x53) sorts before "s" (0x73).
        CHECK(natural_less("Slide1.png", "slide1.png"));
        CHECK_FALSE(natural_less("slide1.png", "Slide1.png"));
    }
}

TEST_CASE("leading zeros are ignored for the value") {
    CHECK(natural_less("Slide02.png", "Slide10.png"));
    CHECK(natural_less("Slide002.png", "Slide3.png"));
    CHECK(natural_less("Slide9.png", "Slide010.png"));
    // The zero count decides as soon as two equal numbers differ in it.
    CHECK(natural_less("1a.png", "01.png"));

    SUBCASE("same value: fewer zeros first") {
        CHECK(natural_less("Slide2.png", "Slide02.png"));
        CHECK(natural_less("Slide02.png", "Slide002.png"));
        CHECK_FALSE(natural_less("Slide02.png", "Slide2.png"));
    }
    SUBCASE("very long numbers do not overflow") {
        CHECK(natural_less("s99999999999999999999999.png", "s100000000000000000000000.png"));
        CHECK(natural_less("s000000000000000000000001.png", "s2.png"));
    }
}

TEST_CASE("a name is never less than itself") {
    for (const char* name : {"", "a", "Slide1.png", "Slide01.png", "슬라이드 1.png", "0"}) {
        CAPTURE(name);
        CHECK_FALSE(natural_less(name, name));
    }
}

TEST_CASE("UTF-8 (Korean) names and names with spaces sort by their bytes after the numbers") {
    // 발 is U+BC1C (EB B0 9C), 슬 is U+C2AC (EC 8A AC): code point order is UTF-8 byte order.
    CHECK(natural_less("발표 1.png", "슬라이드 1.png"));
    CHECK(natural_less("슬라이드 2.png", "슬라이드 10.png"));
    CHECK_FALSE(natural_less("슬라이드 10.png", "슬라이드 2.png"));
    CHECK(natural_less("Zebra.png", "가.png"));  // ASCII letters before Hangul
    CHECK(natural_less("My Talk 2.png", "My Talk 10.png"));
    CHECK(natural_less("My Talk 10.png", "My Talk10.png"));  // ' ' (0x20) before a digit
    CHECK(natural_less("My Talk.png", "MyTalk.png"));

    const std::vector<std::string> expected = {"My Talk 2.png",  "My Talk 10.png", "Zebra.png",
                                               "발표 1.png",     "발표 2.png",     "발표 11.png",
                                               "슬라이드 2.png", "슬라이드 10.png"};
    std::vector<std::string> shuffled = {expected[6], expected[3], expected[0], expected[7],
                                         expected[5], expected[2], expected[4], expected[1]};
    CHECK(sorted(shuffled) == expected);
    std::reverse(shuffled.begin(), shuffled.end());
    CHECK(sorted(shuffled) == expected);
}

TEST_CASE("natural_less is a total order: any shuffle sorts to the same list") {
    const std::vector<std::string> expected = {"",
                                               "1a.png",
                                               "01.png",
                                               "2.png",
                                               "02.png",
                                               "10.png",
                                               "a.png",
                                               "A1.png",
                                               "a1.png",
                                               "a01.png",
                                               "a2.png",
                                               "a10.png",
                                               "a10b.png",
                                               "B.png",
                                               "slide 3.png",
                                               "Slide1.JPG",
                                               "slide1.jpg",
                                               "Slide2.JPG",
                                               "Slide02.JPG",
                                               "Slide9.png",
                                               "Slide10.JPG",
                                               "Slide11.png",
                                               "Slide100.png",
                                               "슬라이드 1.png",
                                               "슬라이드 2.png",
                                               "슬라이드 10.png"};

    SUBCASE("the expected list is strictly increasing") {
        for (size_t i = 0; i + 1 < expected.size(); ++i) {
            CAPTURE(expected[i]);
            CAPTURE(expected[i + 1]);
            CHECK(natural_less(expected[i], expected[i + 1]));
            CHECK_FALSE(natural_less(expected[i + 1], expected[i]));
        }
    }
    SUBCASE("trichotomy and transitivity over every pair and triple") {
        const size_t n = expected.size();
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j) {
                const bool ab = natural_less(expected[i], expected[j]);
                const bool ba = natural_less(expected[j], expected[i]);
                CHECK(ab == (i < j));
                CHECK(ba == (j < i));
                for (size_t k = 0; k < n; ++k)
                    if (ab && natural_less(expected[j], expected[k]))
                        CHECK(natural_less(expected[i], expected[k]));
            }
    }
    SUBCASE("shuffled lists sort back to the expected order") {
        std::mt19937 random(20240601);
        for (int round = 0; round < 50; ++round) {
            auto names = expected;
            std::shuffle(names.begin(), names.end(), random);
            CAPTURE(round);
            REQUIRE(sorted(names) == expected);
        }
    }
}
