// A QR code drawn for a phone's camera: black modules on a white quiet zone of four modules (what
// the standard asks; a dark card right beside the code confuses readers), every module the same
// whole number of pixels, drawn as filled rectangles, so no scaling can blur or unevenly size it.
// The code is made once per text and kept: a frame redrawn with the same URL does not encode it
// again.
#include <algorithm>
#include <stdexcept>
#include <utility>
#include <vector>

#include "core/remote/qr_code.hpp"
#include "shell/draw/painter.hpp"

namespace lightning {

namespace {
constexpr int kQuiet = 4;  // modules of white around the code
}  // namespace

// An empty code for a text that cannot be encoded (far too long): nothing is drawn, and the
// failure is kept too, so it is not tried again on every frame.
const QrCode& Painter::qr_for(const std::string& text) {
    if (!qr_ || qr_->first != text) {
        QrCode code;
        try {
            code = qr_code(text);
        } catch (const std::invalid_argument&) {
        }
        qr_.emplace(text, std::move(code));
    }
    return qr_->second;
}

int Painter::qr_side(const std::string& text, int max_side) {
    const QrCode& code = qr_for(text);
    if (code.size == 0) return 0;
    const int modules = code.size + 2 * kQuiet;
    // At least one pixel a module: past that a box too small still gets a (small) whole code.
    return std::max(1, max_side / modules) * modules;
}

int Painter::draw_qr(const std::string& text, int x, int y, int max_side) {
    const int side = qr_side(text, max_side);
    if (side == 0) return 0;
    const QrCode& code = qr_for(text);
    const int module = side / (code.size + 2 * kQuiet);
    fill({x, y, side, side}, {255, 255, 255, 255});
    // One rectangle per run of dark modules in a row: a few hundred rectangles, one call.
    std::vector<SDL_Rect> runs;
    const int origin_x = x + kQuiet * module, origin_y = y + kQuiet * module;
    for (int row = 0; row < code.size; ++row)
        for (int col = 0; col < code.size;) {
            if (!code.at(col, row)) {
                ++col;
                continue;
            }
            const int start = col;
            while (col < code.size && code.at(col, row)) ++col;
            runs.push_back({origin_x + start * module, origin_y + row * module,
                            (col - start) * module, module});
        }
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(renderer_, 0, 0, 0, 255);
    SDL_RenderFillRects(renderer_, runs.data(), static_cast<int>(runs.size()));
    return side;
}

}  // namespace lightning
