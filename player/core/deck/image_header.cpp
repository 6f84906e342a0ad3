#include "core/deck/image_header.hpp"

namespace lightning {

double estimated_decode_ms(const ImageHeader& header) {
    const double pixels = static_cast<double>(header.width) * header.height;
    const double ns_per_pixel = header.format == "jpeg"  ? 6.0
                                : header.format == "png" ? 12.0
                                                         : 25.0;
    const double sample_factor = header.bits_per_sample > 8 ? 2.0 : 1.0;
    return pixels * ns_per_pixel * (header.interlaced ? 2.0 : 1.0) * sample_factor / 1e6;
}

}  // namespace lightning
