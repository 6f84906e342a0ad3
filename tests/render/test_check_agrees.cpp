// check's verdict and play's agree for every kind of slide we accept, whole and damaged: every
// slide that play would show as a placeholder, check fails (the promise "what check passes plays
// as checked"). The other way round is allowed: check also fails a slide whose damage the decoder
// goes past (it may show with wrong pixels).
#include <doctest/doctest.h>
#include <stb/stb_image_write.h>
#include <zlib.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/deck/deck.hpp"
#include "shell/app/check_slide.hpp"
#include "shell/decode/slide_source.hpp"
#include "test_decks.hpp"

using namespace lightning;
using namespace lightning::testing;

namespace {

using Bytes = std::vector<unsigned char>;

void append(void* context, void* data, int size) {
    auto* out = static_cast<Bytes*>(context);
    const auto* bytes = static_cast<const unsigned char*>(data);
    out->insert(out->end(), bytes, bytes + size);
}

// A 320x180 picture with detail everywhere (so its compressed data is not a few repeated bytes),
// encoded as `format`: png, png-rgba (with see-through parts: check decodes those), jpg, bmp, tga.
Bytes picture(const std::string& format) {
    constexpr int w = 320, h = 180;
    const int channels = format == "png-rgba" ? 4 : 3;
    Bytes pixels(static_cast<size_t>(w) * h * static_cast<size_t>(channels));
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            unsigned char* p = &pixels[(static_cast<size_t>(y) * w + x) * channels];
            p[0] = static_cast<unsigned char>(x * 7 + y);
            p[1] = static_cast<unsigned char>(y * 5 ^ x);
            p[2] = static_cast<unsigned char>((x * y) >> 3);
            if (channels == 4) p[3] = static_cast<unsigned char>(x < w / 2 ? 0 : 255);
        }
    Bytes out;
    int ok = 0;
    if (format == "png" || format == "png-rgba")
        ok = stbi_write_png_to_func(append, &out, w, h, channels, pixels.data(), w * channels);
    else if (format == "jpg")
        ok = stbi_write_jpg_to_func(append, &out, w, h, channels, pixels.data(), 90);
    else if (format == "bmp")
        ok = stbi_write_bmp_to_func(append, &out, w, h, channels, pixels.data());
    else if (format == "tga")
        ok = stbi_write_tga_to_func(append, &out, w, h, channels, pixels.data());
    REQUIRE(ok);
    return out;
}

std::string extension(const std::string& format) {
    return format == "png-rgba" ? ".png" : "." + format;
}

// Where a PNG's first IDAT chunk's data starts and how long it is (0, 0 when there is none).
std::pair<size_t, size_t> first_idat(const Bytes& png) {
    for (size_t at = 8; at + 12 <= png.size();) {
        const size_t length = (size_t{png[at]} << 24) | (size_t{png[at + 1]} << 16) |
                              (size_t{png[at + 2]} << 8) | png[at + 3];
        if (std::string(png.begin() + static_cast<long>(at) + 4,
                        png.begin() + static_cast<long>(at) + 8) == "IDAT")
            return {at + 8, length};
        at += 12 + length;
    }
    return {0, 0};
}

// The ways a slide arrives damaged: cut short, bytes flipped in the pixel data (for a PNG also
// with its CRC made right again, as a copy tool that "repairs" files would), the header zeroed.
struct Damage {
    std::string name;
    Bytes bytes;
};

std::vector<Damage> damages(const std::string& format, const Bytes& whole) {
    std::vector<Damage> out;
    out.push_back({"whole", whole});
    for (const double kept : {0.02, 0.1, 0.5, 0.9, 0.99}) {
        const auto size = static_cast<size_t>(static_cast<double>(whole.size()) * kept);
        out.push_back({"cut to " + std::to_string(static_cast<int>(kept * 100)) + "%",
                       Bytes(whole.begin(), whole.begin() + static_cast<long>(size))});
    }
    out.push_back({"cut one byte short", Bytes(whole.begin(), whole.end() - 1)});
    // Pixel data: a PNG's first IDAT chunk; in the other formats, past the first quarter (well
    // after any header).
    const bool png = format.starts_with("png");
    const auto [data, length] =
        png ? first_idat(whole) : std::pair{whole.size() / 4, whole.size() - whole.size() / 4 - 8};
    REQUIRE(length > 16);
    for (const double where : {0.3, 0.6, 0.9}) {
        Bytes flipped = whole;
        const size_t at = data + static_cast<size_t>(static_cast<double>(length - 8) * where);
        for (size_t i = at; i < at + 8; ++i) flipped[i] ^= 0x5a;
        out.push_back(
            {"flipped at " + std::to_string(static_cast<int>(where * 100)) + "%", flipped});
        if (png) {  // the same with the chunk's CRC right again: only its pixel data is wrong
            const size_t crc_at = data + length;
            const uLong crc =
                crc32(crc32(0, nullptr, 0), &flipped[data - 4], static_cast<uInt>(length + 4));
            for (int i = 0; i < 4; ++i)
                flipped[crc_at + static_cast<size_t>(i)] =
                    static_cast<unsigned char>(crc >> (24 - 8 * i));
            out.push_back(
                {"flipped at " + std::to_string(static_cast<int>(where * 100)) + "%, CRC fixed",
                 flipped});
        }
    }
    Bytes zeroed = whole;
    for (size_t i = 0; i < std::min<size_t>(32, zeroed.size()); ++i) zeroed[i] = 0;
    out.push_back({"header zeroed", zeroed});
    return out;
}

}  // namespace

TEST_CASE("check fails every damaged slide that play would show as a placeholder") {
    int placeholders = 0, cases = 0;
    for (const std::string format : {"png", "png-rgba", "jpg", "bmp", "tga"}) {
        const Bytes whole = picture(format);
        for (const Damage& damage : damages(format, whole)) {
            CAPTURE(format);
            CAPTURE(damage.name);
            TempDeck deck;
            const auto file = deck.path() / ("1" + extension(format));
            std::ofstream(file, std::ios::binary)
                .write(reinterpret_cast<const char*>(damage.bytes.data()),
                       static_cast<std::streamsize>(damage.bytes.size()));
            const Deck loaded = load_deck(deck.path());
            if (loaded.slides.empty()) continue;  // not taken as a slide: neither shows it
            ++cases;
            SlideSource play_source(loaded);
            const DecodedSlide shown = play_source.decode(0, 1920, 1080);
            SlideSource check_source(loaded);
            const SlideRead read = read_slide(check_source, loaded, 0, 1920, 1080);
            const bool check_fails = !read.decoded.problem.empty() || !read.damage.empty();
            CAPTURE(shown.problem);
            CAPTURE(read.decoded.problem);
            CAPTURE(read.damage);
            if (!shown.problem.empty()) {
                ++placeholders;
                CHECK(check_fails);
            }
            if (damage.name == "whole") {
                CHECK(shown.problem.empty());  // the undamaged picture shows, and check passes it
                CHECK_FALSE(check_fails);
            }
        }
    }
    MESSAGE(cases << " slides, " << placeholders << " shown as placeholders");
    CHECK(placeholders > 10);  // the damage really is damage to these decoders
}
