#include "core/remote/qr_code.hpp"

#include <qrencode.h>

#include <cerrno>
#include <climits>
#include <memory>
#include <stdexcept>

namespace lightning {

namespace {
struct QrFree {
    void operator()(QRcode* code) const { QRcode_free(code); }
};
using QrPtr = std::unique_ptr<QRcode, QrFree>;

// The quiet zone of the terminal's code: the standard asks for four modules, but a terminal
// seldom has the rows to spare, and the terminal's own background around the text adds to it.
constexpr int kTerminalQuiet = 2;
}  // namespace

bool QrCode::at(int x, int y) const {
    if (x < 0 || y < 0 || x >= size || y >= size) return false;
    return dark[static_cast<size_t>(y) * static_cast<size_t>(size) + static_cast<size_t>(x)];
}

QrCode qr_code(std::string_view text) {
    if (text.empty()) throw std::invalid_argument("a QR code needs some text");
    if (text.size() > static_cast<size_t>(INT_MAX))
        throw std::invalid_argument("too long for a QR code");
    // encodeData takes the bytes with their length: no NUL-terminated copy, and every byte is
    // kept (8-bit mode), as a URL must be.
    errno = 0;
    const QrPtr encoded(QRcode_encodeData(static_cast<int>(text.size()),
                                          reinterpret_cast<const unsigned char*>(text.data()), 0,
                                          QR_ECLEVEL_M));
    if (!encoded) {
        if (errno == ERANGE)
            throw std::invalid_argument("too long for a QR code: " + std::to_string(text.size()) +
                                        " bytes");
        throw std::invalid_argument("cannot make a QR code of this text");
    }
    QrCode code;
    code.size = encoded->width;
    const size_t count = static_cast<size_t>(code.size) * static_cast<size_t>(code.size);
    code.dark.resize(count);
    // libqrencode's byte per module: bit 0 is the colour (1: dark); the others say what the
    // module is for (finder, timing, data), which drawing does not need.
    for (size_t i = 0; i < count; ++i) code.dark[i] = (encoded->data[i] & 1) != 0;
    return code;
}

// Phones read dark modules on a light ground (a code printed black on white; most readers do not
// try the inverted picture). A terminal draws its characters in the foreground colour, which is
// light on dark in most terminals, so the light modules (and the quiet zone) are the characters
// and the dark ones the spaces: the code comes out dark on light. On a dark-on-light terminal it
// comes out inverted and many phones will not read it; the URL printed beside it still works.
std::vector<std::string> qr_terminal_lines(const QrCode& code) {
    static constexpr const char* kBoth = "\xE2\x96\x88";   // full block: both halves light
    static constexpr const char* kUpper = "\xE2\x96\x80";  // upper half block: top light
    static constexpr const char* kLower = "\xE2\x96\x84";  // lower half block: bottom light
    const int first = -kTerminalQuiet, last = code.size + kTerminalQuiet;  // [first, last)
    std::vector<std::string> lines;
    for (int y = first; y < last; y += 2) {
        std::string line;
        for (int x = first; x < last; ++x) {
            // The row past the quiet zone when the count of rows is odd is outside the code, so
            // light, like the zone.
            const bool top_light = !code.at(x, y), bottom_light = !code.at(x, y + 1);
            line += top_light ? (bottom_light ? kBoth : kUpper) : (bottom_light ? kLower : " ");
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

}  // namespace lightning
