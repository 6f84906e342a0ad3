// Writes synthetic benchmark decks: big slides with noise so PNG cannot compress them away.
//   make_bench_deck OUT_DIR COUNT WIDTH HEIGHT png|jpg
// Each slide: a colour gradient, a large numbered block pattern (so slides differ visibly) and
// +-12 levels of per-pixel noise. Deterministic (fixed seed per slide).
#include <stb/stb_image_write.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    if (argc != 6) {
        std::fprintf(stderr, "usage: make_bench_deck OUT_DIR COUNT WIDTH HEIGHT png|jpg\n");
        return 2;
    }
    const std::filesystem::path out = argv[1];
    const int count = std::stoi(argv[2]), width = std::stoi(argv[3]), height = std::stoi(argv[4]);
    const std::string kind = argv[5];
    std::filesystem::create_directories(out);
    std::vector<unsigned char> pixels(static_cast<size_t>(width) * height * 3);
    for (int k = 0; k < count; ++k) {
        uint32_t state = 0x9E3779B9u * static_cast<uint32_t>(k + 1);
        auto noise = [&state]() {  // xorshift32
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            return static_cast<int>(state % 25) - 12;
        };
        const int hue = (k * 53) % 256;
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x) {
                const bool block = ((x * 8 / width) + (y * 6 / height) + k) % 3 == 0;
                int r = hue + x * 128 / width, g = 255 - hue / 2 + y * 64 / height,
                    b = (x + y) * 200 / (width + height);
                if (block) r = 255 - r, g = 255 - g;
                unsigned char* p = &pixels[(static_cast<size_t>(y) * width + x) * 3];
                p[0] = static_cast<unsigned char>(std::clamp((r & 255) + noise(), 0, 255));
                p[1] = static_cast<unsigned char>(std::clamp((g & 255) + noise(), 0, 255));
                p[2] = static_cast<unsigned char>(std::clamp((b & 255) + noise(), 0, 255));
            }
        }
        char name[64];
        std::snprintf(name, sizeof name, "slide%03d.%s", k + 1, kind.c_str());
        const auto path = (out / name).string();
        const int ok =
            kind == "jpg"
                ? stbi_write_jpg(path.c_str(), width, height, 3, pixels.data(), 90)
                : stbi_write_png(path.c_str(), width, height, 3, pixels.data(), width * 3);
        if (!ok) {
            std::fprintf(stderr, "cannot write %s\n", path.c_str());
            return 1;
        }
    }
    return 0;
}
