// The phone's URLs as QR codes: the grid libqrencode makes (its size grows with the text, the
// same text gives the same code, an over-long text is refused) and the terminal's lines of half
// blocks with their quiet zone. The render tests read a drawn code back with zbarimg.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "core/remote/qr_code.hpp"

using namespace lightning;

namespace {
const std::string kUrl = "http://192.168.1.20:8765/3f9c0a5be27d4f1e8c6a9b2d7e0f41e1/";

// The UTF-8 characters of a line (each half block is three bytes).
std::vector<std::string> characters(const std::string& line) {
    std::vector<std::string> out;
    for (size_t i = 0; i < line.size();) {
        const size_t n = static_cast<unsigned char>(line[i]) < 0x80 ? 1 : 3;
        out.push_back(line.substr(i, n));
        i += n;
    }
    return out;
}
const std::string kFull = "\xE2\x96\x88", kUpper = "\xE2\x96\x80", kLower = "\xE2\x96\x84";
}  // namespace

TEST_CASE("qr code: a version's size, modules row by row, the finder pattern in the corner") {
    const QrCode small = qr_code("hi");
    CHECK(small.size == 21);  // version 1
    CHECK(small.dark.size() == 21u * 21u);
    // The finder pattern: a dark 7x7 ring, a light ring inside it, a dark 3x3 centre.
    for (int i = 0; i < 7; ++i) {
        CHECK(small.at(i, 0));
        CHECK(small.at(0, i));
        CHECK(small.at(6, i));
        CHECK(small.at(i, 6));
    }
    CHECK_FALSE(small.at(1, 1));
    CHECK(small.at(3, 3));
    CHECK_FALSE(small.at(7, 7));  // the separator
    // Outside the code is light: the quiet zone.
    CHECK_FALSE(small.at(-1, 0));
    CHECK_FALSE(small.at(0, 21));
    CHECK_FALSE(small.at(21, 21));

    const QrCode url = qr_code(kUrl);  // 61 bytes, level M: version 4
    CHECK(url.size == 33);
    CHECK((url.size - 17) % 4 == 0);
}

TEST_CASE("qr code: the same text gives the same code, another text another") {
    CHECK(qr_code(kUrl) == qr_code(kUrl));
    CHECK_FALSE(qr_code(kUrl) == qr_code(kUrl + "x"));
}

TEST_CASE("qr code: an empty or over-long text is refused, nothing is cut") {
    CHECK_THROWS_AS(qr_code(""), std::invalid_argument);
    // Version 40 at level M holds 2331 bytes.
    CHECK(qr_code(std::string(2331, 'a')).size == 177);
    CHECK_THROWS_WITH_AS(qr_code(std::string(2332, 'a')), doctest::Contains("too long"),
                         std::invalid_argument);
    CHECK_THROWS_AS(qr_code(std::string(100'000, 'a')), std::invalid_argument);
}

TEST_CASE("qr terminal lines: two module rows a line, a quiet zone of two, light as the block") {
    const QrCode code = qr_code("hi");  // 21 modules: 25 with the zone, 13 lines
    const auto lines = qr_terminal_lines(code);
    REQUIRE(lines.size() == 13);
    for (const auto& line : lines) CHECK(characters(line).size() == 25);
    // The zone's rows and columns are light: full blocks.
    for (const auto& c : characters(lines[0])) CHECK(c == kFull);
    for (const auto& line : lines) {
        const auto row = characters(line);
        CHECK(row[0] == kFull);
        CHECK(row[1] == kFull);
        CHECK(row[23] == kFull);
        CHECK(row[24] == kFull);
    }
    // Line 1: the code's rows 0 and 1, across the top-left finder: its top edge dark over its
    // light inside (lower halves lit), its sides dark on both rows (spaces).
    const auto top = characters(lines[1]);
    CHECK(top[2] == " ");
    for (int x = 3; x < 8; ++x) CHECK(top[static_cast<size_t>(x)] == kLower);
    CHECK(top[8] == " ");
    CHECK(top[9] == kFull);  // the separator: light on both rows
    // Line 11: the code's last row, the bottom-left finder's edge (dark), over the zone (lit).
    const auto last = characters(lines[11]);
    for (int x = 2; x < 9; ++x) CHECK(last[static_cast<size_t>(x)] == kLower);
    // Line 12: the zone's second row and one past it, light.
    for (const auto& c : characters(lines[12])) CHECK(c == kFull);
    // Every module agrees with the code.
    for (int line = 0; line < 13; ++line) {
        const auto row = characters(lines[static_cast<size_t>(line)]);
        for (int x = -2; x < 23; ++x) {
            const bool top_light = !code.at(x, line * 2 - 2);
            const bool bottom_light = !code.at(x, line * 2 - 1);
            const std::string& c = row[static_cast<size_t>(x + 2)];
            CHECK(c == (top_light ? (bottom_light ? kFull : kUpper)
                                  : (bottom_light ? kLower : std::string(" "))));
        }
    }
}
