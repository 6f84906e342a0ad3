#pragma once
// A QR code of a short text (the phone's URLs), as a plain grid of modules made by libqrencode,
// and the same grid as lines of text for the terminal. The painter draws the grid on the title
// card and the presenter view; the lines are for the terminal at start-up (--phone), so a phone
// can scan its URL before any window is up.
#include <string>
#include <string_view>
#include <vector>

namespace lightning {

struct QrCode {
    int size = 0;            // modules per side, without a quiet zone (21, 25, ... 177)
    std::vector<bool> dark;  // size * size modules, row by row
    // Module (x, y), 0-based from the top left; outside the code is light (the quiet zone), so a
    // caller can draw a margin without a case of its own.
    bool at(int x, int y) const;
    bool operator==(const QrCode&) const = default;
};

// `text` as bytes (8-bit mode), error correction M (15 % of the code may be lost: a projector's
// glare, a finger), the smallest version that holds it. Throws std::invalid_argument when it
// cannot be encoded (empty, or longer than a QR code holds).
QrCode qr_code(std::string_view text);

// The code with a quiet zone of two modules, two module rows per line, in Unicode half blocks
// (UTF-8: "\u2580", "\u2584", "\u2588" and a space). A light module is the block and a dark
// one the space: see qr_code.cpp for why.
std::vector<std::string> qr_terminal_lines(const QrCode& code);

}  // namespace lightning
