#include <doctest/doctest.h>

#include "core/time/time_text.hpp"

using namespace lightning;
using namespace std::chrono_literals;

TEST_CASE("parse_duration reads the ways people type a time") {
    SUBCASE("m:ss") {
        CHECK(parse_duration("5:00") == Millis{300'000});
        CHECK(parse_duration("0:10") == Millis{10'000});
        CHECK(parse_duration("0:00") == Millis{0});
        CHECK(parse_duration("12:34") == Millis{754'000});
        CHECK(parse_duration("0:59") == Millis{59'000});
    }
    SUBCASE("plain seconds, fractions allowed") {
        CHECK(parse_duration("90") == Millis{90'000});
        CHECK(parse_duration("7.5") == Millis{7'500});
        CHECK(parse_duration("0.001") == Millis{1});
        CHECK(parse_duration("15") == Millis{15'000});
    }
    SUBCASE("h:mm:ss") {
        CHECK(parse_duration("1:02:03") == Millis{3'723'000});
        CHECK(parse_duration("0:05:00") == Millis{300'000});
    }
    SUBCASE("fraction on the seconds of m:ss") {
        CHECK(parse_duration("0:07.5") == Millis{7'500});
    }
}

TEST_CASE("parse_duration rejects what is not a time") {
    const char* bad[] = {"1:60", "abc", "-5", "", "5:", ":30", "1:2:3:4", "5:7x", "1:-5", "-1:05",
                         "1:60:00", "5 min", " 5", "5:00 ", "1.5:00", "inf", "nan", "0:99",
                         // absurdly long: would overflow milliseconds (found by the fuzzer)
                         "5188844444444444440:00", "1e300", "99999999999:00:00"};
    for (const char* text : bad) {
        CAPTURE(text);
        CHECK_FALSE(parse_duration(text).has_value());
    }
}

TEST_CASE("format_countdown rounds up to the next whole second") {
    CHECK(format_countdown(Millis{300'000}) == "5:00");
    CHECK(format_countdown(Millis{299'001}) == "5:00");
    CHECK(format_countdown(Millis{299'000}) == "4:59");
    CHECK(format_countdown(Millis{298'999}) == "4:59");
    CHECK(format_countdown(Millis{60'000}) == "1:00");
    CHECK(format_countdown(Millis{59'001}) == "1:00");
    CHECK(format_countdown(Millis{59'000}) == "0:59");
    CHECK(format_countdown(Millis{9'500}) == "0:10");
    CHECK(format_countdown(Millis{1}) == "0:01");
    CHECK(format_countdown(Millis{1'000}) == "0:01");
    CHECK(format_countdown(Millis{1'001}) == "0:02");
    CHECK(format_countdown(Millis{3'723'000}) == "62:03");

    SUBCASE("nothing left reads 0:00") {
        CHECK(format_countdown(Millis{0}) == "0:00");
        CHECK(format_countdown(Millis{-1}) == "0:00");
        CHECK(format_countdown(Millis{-61'000}) == "0:00");
    }
}

TEST_CASE("format_offset prints m:ss.d rounded to the nearest tenth") {
    CHECK(format_offset(Millis{0}) == "0:00.0");
    CHECK(format_offset(Millis{15'000}) == "0:15.0");
    CHECK(format_offset(Millis{75'300}) == "1:15.3");
    CHECK(format_offset(Millis{75'349}) == "1:15.3");
    CHECK(format_offset(Millis{75'350}) == "1:15.4");
    CHECK(format_offset(Millis{99}) == "0:00.1");
    CHECK(format_offset(Millis{49}) == "0:00.0");
    CHECK(format_offset(Millis{59'960}) == "1:00.0");  // the carry reaches the minutes
    CHECK(format_offset(Millis{300'000}) == "5:00.0");
    CHECK(format_offset(Millis{3'723'450}) == "62:03.5");

    SUBCASE("negative offsets get a minus sign and round the same way") {
        CHECK(format_offset(Millis{-1'500}) == "-0:01.5");
        CHECK(format_offset(Millis{-1'549}) == "-0:01.5");
        CHECK(format_offset(Millis{-1'550}) == "-0:01.6");
        CHECK(format_offset(Millis{-61'000}) == "-1:01.0");
        CHECK(format_offset(Millis{-40}) == "0:00.0");  // no "-0:00.0"
    }
}

TEST_CASE("one rounding rule: an actual beside its plan and its over/under agree") {
    // The case: 3.993 s on screen against 4.0 planned showed "0:03.9" beside "-0.0 s".
    CHECK(format_offset(Millis{3'993}) == "0:04.0");
    CHECK(format_signed_seconds(Millis{3'993 - 4'000}) == "0.0 s");
    CHECK(format_signed_seconds(Millis{2'050}) == "+2.1 s");
    CHECK(format_signed_seconds(Millis{-849}) == "-0.8 s");
    CHECK(format_signed_seconds(Millis{-850}) == "-0.9 s");
    CHECK(format_signed_seconds(Millis{49}) == "0.0 s");
    CHECK(tenths_of(Millis{3'949}) == 39);
    CHECK(tenths_of(Millis{-50}) == -1);
}

TEST_CASE("parse_duration and format_countdown round-trip whole seconds") {
    for (const char* text : {"0:01", "0:15", "4:59", "5:00", "10:00", "59:59"}) {
        CAPTURE(text);
        const auto parsed = parse_duration(text);
        REQUIRE(parsed.has_value());
        CHECK(format_countdown(*parsed) == text);
    }
}
