#include "core/deck/image_header.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <vector>

namespace lightning {

namespace {
unsigned be16(const unsigned char* p) {
    return (unsigned{p[0]} << 8) | p[1];
}
unsigned be32(const unsigned char* p) {
    return (be16(p) << 16) | be16(p + 2);
}

// Walks JPEG markers to the first start-of-frame (SOF0..SOF15 but DHT/JPG/DAC).
void read_jpeg(const std::vector<unsigned char>& b, ImageHeader& out) {
    size_t i = 2;
    while (i + 9 < b.size()) {
        if (b[i] != 0xFF) return;
        const unsigned marker = b[i + 1];
        if (marker == 0xFF) {
            ++i;
            continue;
        }
        const unsigned length = be16(&b[i + 2]);
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
            marker != 0xCC) {
            out.height = static_cast<int>(be16(&b[i + 5]));
            out.width = static_cast<int>(be16(&b[i + 7]));
            out.interlaced = marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
            return;
        }
        i += 2 + length;
    }
}
}  // namespace

ImageHeader read_image_header(const std::filesystem::path& file) {
    ImageHeader out;
    std::ifstream in(file, std::ios::binary);
    // JPEG headers (EXIF, ICC profiles) can run long before the frame header.
    std::vector<unsigned char> b(256 * 1024);
    in.read(reinterpret_cast<char*>(b.data()), static_cast<std::streamsize>(b.size()));
    b.resize(static_cast<size_t>(in.gcount()));
    static constexpr unsigned char kPng[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (b.size() >= 29 && std::equal(std::begin(kPng), std::end(kPng), b.begin())) {
        out.format = "png";
        out.width = static_cast<int>(be32(&b[16]));
        out.height = static_cast<int>(be32(&b[20]));
        out.interlaced = b[28] == 1;
    } else if (b.size() >= 4 && b[0] == 0xFF && b[1] == 0xD8) {
        out.format = "jpeg";
        read_jpeg(b, out);
    }
    return out;
}

double estimated_decode_ms(const ImageHeader& header) {
    const double pixels = static_cast<double>(header.width) * header.height;
    const double ns_per_pixel = header.format == "jpeg"  ? 6.0
                                : header.format == "png" ? 12.0
                                                         : 25.0;
    return pixels * ns_per_pixel * (header.interlaced ? 2.0 : 1.0) / 1e6;
}

}  // namespace lightning
