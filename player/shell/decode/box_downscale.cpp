#include "shell/decode/box_downscale.hpp"

#include <algorithm>

namespace lightning {
int BoxDownscaler::factor_for(int width, int height, int target_w, int target_h) {
    if (target_w <= 0 || target_h <= 0) return 1;
    return std::max(1, std::min(width / target_w, height / target_h));
}

BoxDownscaler::BoxDownscaler(int width, int height, int factor, uint8_t* out, size_t out_pitch)
    : width_(width),
      factor_(std::max(1, factor)),
      out_w_(width / factor_),
      out_h_(height / factor_),
      sums_(static_cast<size_t>(out_w_) * 4, 0),
      out_(out ? 0 : static_cast<size_t>(out_w_) * out_h_ * 4),
      target_(out ? out : out_.data()),
      pitch_(out ? out_pitch : static_cast<size_t>(out_w_) * 4) {}

void BoxDownscaler::add_row(const uint8_t* rgba) {
    if (out_row_ >= out_h_) return;  // the dropped partial block row
    if (factor_ == 1) {              // nothing to average: copy, exactly
        std::copy_n(rgba, static_cast<size_t>(out_w_) * 4,
                    target_ + static_cast<size_t>(out_row_++) * pitch_);
        return;
    }
    // Plain sums of the sRGB bytes: a flat loop the compiler vectorizes. (Averaging in linear
    // light would keep thin bright text a shade brighter, but costs 6x more on a 4K slide.)
    // __restrict: the byte rows could otherwise alias the sums, which blocks vectorizing.
    uint32_t* __restrict sum = sums_.data();
    const uint8_t* __restrict source = rgba;
    const size_t out_bytes = static_cast<size_t>(out_w_) * 4;
    if (factor_ == 2) {
        for (size_t i = 0; i < out_bytes; i += 4) {
            const uint8_t* p = source + i * 2;
            for (int c = 0; c < 4; ++c) sum[i + c] += static_cast<uint32_t>(p[c]) + p[c + 4];
        }
    } else {
        for (size_t i = 0; i < out_bytes; i += 4) {
            const uint8_t* p = source + i * static_cast<size_t>(factor_);
            for (int k = 0; k < factor_; ++k, p += 4)
                for (int c = 0; c < 4; ++c) sum[i + c] += p[c];
        }
    }
    if (++row_in_block_ < factor_) return;
    const uint32_t area = static_cast<uint32_t>(factor_ * factor_);
    uint8_t* out = target_ + static_cast<size_t>(out_row_) * pitch_;
    // Divide by the block's area as a multiply and shift (exact for power-of-two areas, within
    // one level otherwise): a per-element division would cost as much as all the sums.
    const uint32_t reciprocal = ((1u << 22) + area / 2) / area;
    for (size_t i = 0; i < sums_.size(); ++i)
        out[i] = static_cast<uint8_t>(
            std::min<uint32_t>(255, (sums_[i] * reciprocal + (1u << 21)) >> 22));
    std::fill(sums_.begin(), sums_.end(), 0);
    row_in_block_ = 0;
    ++out_row_;
}

}  // namespace lightning
