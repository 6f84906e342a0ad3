#include "shell/decode/image_decoders.hpp"

#include <jerror.h>
#include <jpeglib.h>
#include <png.h>

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <memory>

#include "shell/decode/box_downscale.hpp"
#include "shell/decode/slide_image.hpp"

namespace lightning {

std::string size_refusal(long long width, long long height) {
    if (width <= 0 || height <= 0) return "the image has no pixels";
    if (width > kMaxSlideSide || height > kMaxSlideSide || width * height > kMaxSlidePixels)
        return "the image claims to be " + std::to_string(width) + "x" + std::to_string(height) +
               " pixels, too large to show; export it smaller (3840 px wide is plenty for any "
               "projector)";
    return {};
}

namespace {

struct FileCloser {
    void operator()(FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<FILE, FileCloser>;

// State that must survive a longjmp out of libpng/libjpeg: it lives on the heap, and only the
// pointer to it (never changed after setjmp) is on the stack of the function that calls setjmp.
struct DecodeState {
    std::unique_ptr<BoxDownscaler> scaler;
    std::vector<uint8_t> row;
    ReducedImage result;
    std::string library_message;  // libpng's or libjpeg's own words for an error or a warning
    const std::atomic<bool>* abandoned = nullptr;
    PixelOrder order = PixelOrder::Rgba;
    // The box filter for rows of width x height, reducing towards `fitted`. When the whole
    // factor lands exactly on the fitted size (a 4K or 1080p slide on a 1080p screen), its rows
    // go straight into the slide's own surface.
    void start_rows(int width, int height, const SDL_Rect& fitted, bool opaque) {
        const int factor = BoxDownscaler::factor_for(width, height, fitted.w, fitted.h);
        result.opaque = opaque;
        if (width / factor == fitted.w && height / factor == fitted.h) {
            result.surface = make_slide_surface(fitted.w, fitted.h, order, opaque);
            scaler = std::make_unique<BoxDownscaler>(width, height, factor,
                                                     static_cast<uint8_t*>(result.surface->pixels),
                                                     static_cast<size_t>(result.surface->pitch));
        } else {
            scaler = std::make_unique<BoxDownscaler>(width, height, factor);
        }
        row.resize(static_cast<size_t>(width) * 4);
    }
    // True (and the result refused) once the loader no longer wants this slide.
    bool give_up() {
        if (!abandoned || !*abandoned) return false;
        result.outcome = ReducedImage::Outcome::Refused;
        result.problem = "abandoned";
        result.surface.reset();
        return true;
    }
};

// A file whose header read fine but whose pixels did not: refused with the library's reason
// rather than handed to SDL_image, which would fail again with a vaguer message (and print it).
void refuse_damaged(DecodeState& state, const char* format) {
    state.result.outcome = ReducedImage::Outcome::Refused;
    state.result.surface.reset();
    state.result.problem = std::string("the ") + format + " file is damaged or cut short (" +
                           state.library_message + "); copy it again, or export it again";
}

void fill_result(DecodeState& state) {
    state.result.outcome = ReducedImage::Outcome::Decoded;
    state.result.width = state.scaler->out_width();
    state.result.height = state.scaler->out_height();
    if (!state.result.surface) state.result.rgba = state.scaler->pixels();
}

// --- PNG -------------------------------------------------------------------------------------

void png_error_to_jump(png_structp png, png_const_charp message) {
    static_cast<DecodeState*>(png_get_error_ptr(png))->library_message = message ? message : "";
    png_longjmp(png, 1);
}
void png_warning_ignored(png_structp, png_const_charp) {}

bool read_png(FILE* file, int box_w, int box_h, DecodeState* state) {
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, state, png_error_to_jump,
                                             png_warning_ignored);
    if (!png) return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
        if (state->result.source_width > 0) {  // the header was read: the pixel data is bad
            refuse_damaged(*state, "PNG");
            return true;
        }
        return false;
    }
    png_init_io(png, file);
    // Skip the checksums over the pixel data (zlib's Adler-32 and the chunks' CRC-32): a
    // damaged or truncated file still fails in inflate or in the row filters, and a 4K slide
    // decodes about 10% faster.
    png_set_option(png, PNG_IGNORE_ADLER32, PNG_OPTION_ON);
    png_set_crc_action(png, PNG_CRC_QUIET_USE, PNG_CRC_QUIET_USE);
    // Refuse absurd sizes while reading the header, before any pixel memory exists.
    png_set_user_limits(png, kMaxSlideSide, kMaxSlideSide);
    png_read_info(png, info);
    const auto width = png_get_image_width(png, info), height = png_get_image_height(png, info);
    state->result.source_width = static_cast<int>(width);
    state->result.source_height = static_cast<int>(height);
    if (png_get_interlace_type(png, info) != PNG_INTERLACE_NONE) {
        png_destroy_read_struct(&png, &info, nullptr);
        return false;  // interlaced rows do not stream; SDL_image reads those
    }
    if (auto refusal = size_refusal(width, height); !refusal.empty()) {
        state->result.outcome = ReducedImage::Outcome::Refused;
        state->result.problem = refusal;
        png_destroy_read_struct(&png, &info, nullptr);
        return true;
    }
    // No alpha channel and no transparent colour: every pixel comes out opaque.
    const png_byte colour_type = png_get_color_type(png, info);
    const bool opaque =
        (colour_type & PNG_COLOR_MASK_ALPHA) == 0 && !png_get_valid(png, info, PNG_INFO_tRNS);
    // Every PNG becomes 8-bit RGBA rows (BGRA for the screen).
    png_set_expand(png);
    if (state->order == PixelOrder::Screen) png_set_bgr(png);
    png_set_strip_16(png);
    png_set_gray_to_rgb(png);
    png_set_filler(png, 0xFF, PNG_FILLER_AFTER);
    png_read_update_info(png, info);

    const SDL_Rect fitted =
        fit_into(static_cast<int>(width), static_cast<int>(height), box_w, box_h);
    state->start_rows(static_cast<int>(width), static_cast<int>(height), fitted, opaque);
    for (png_uint_32 y = 0; y < height; ++y) {
        if (y % 64 == 0 && state->give_up()) {
            png_destroy_read_struct(&png, &info, nullptr);
            return true;
        }
        png_read_row(png, state->row.data(), nullptr);
        state->scaler->add_row(state->row.data());
    }
    png_destroy_read_struct(&png, &info, nullptr);
    fill_result(*state);
    return true;
}

// --- JPEG ------------------------------------------------------------------------------------

struct JpegError {
    jpeg_error_mgr manager;
    std::jmp_buf jump;
};

struct JpegContext {
    JpegError error;
    DecodeState* state;
};

std::string jpeg_message(j_common_ptr info) {
    char text[JMSG_LENGTH_MAX] = {};
    info->err->format_message(info, text);
    return text;
}

void jpeg_error_to_jump(j_common_ptr info) {
    auto* context = reinterpret_cast<JpegContext*>(info->err);
    context->state->library_message = jpeg_message(info);
    std::longjmp(context->error.jump, 1);
}

// libjpeg reports a cut-short file ("Premature end of JPEG file") as a warning and fills the
// rest with grey: that slide is refused. Other warnings (extraneous bytes before a marker, common
// in camera files that show fine) are ignored. None is printed.
void jpeg_keep_warning(j_common_ptr info, int level) {
    auto* context = reinterpret_cast<JpegContext*>(info->err);
    const int code = info->err->msg_code;
    if (level < 0 && (code == JWRN_JPEG_EOF || code == JWRN_HIT_MARKER) &&
        context->state->library_message.empty())
        context->state->library_message = jpeg_message(info);
}

// In place: C, M, Y, K to R, G, B, 255 (B, G, R, 255 when `bgra`). Photoshop and most print
// tools (which write an Adobe marker) store the inks inverted (255 = no ink); others store them
// as they are.
void cmyk_to_rgba(uint8_t* pixels, int width, bool inverted, bool bgra) {
    for (int x = 0; x < width; ++x) {
        uint8_t* p = pixels + static_cast<size_t>(x) * 4;
        int c = p[0], m = p[1], y = p[2], k = p[3];
        if (!inverted) c = 255 - c, m = 255 - m, y = 255 - y, k = 255 - k;
        const auto r = static_cast<uint8_t>(c * k / 255), b = static_cast<uint8_t>(y * k / 255);
        p[0] = bgra ? b : r;
        p[1] = static_cast<uint8_t>(m * k / 255);
        p[2] = bgra ? r : b;
        p[3] = 255;
    }
}

bool read_jpeg(FILE* file, int box_w, int box_h, DecodeState* state) {
    jpeg_decompress_struct info{};
    JpegContext context{};
    context.state = state;
    info.err = jpeg_std_error(&context.error.manager);
    context.error.manager.error_exit = jpeg_error_to_jump;
    context.error.manager.emit_message = jpeg_keep_warning;
    if (setjmp(context.error.jump)) {
        jpeg_destroy_decompress(&info);
        if (state->result.source_width > 0) {  // the header was read: the pixel data is bad
            refuse_damaged(*state, "JPEG");
            return true;
        }
        return false;
    }
    jpeg_create_decompress(&info);
    jpeg_stdio_src(&info, file);
    jpeg_read_header(&info, TRUE);
    const int width = static_cast<int>(info.image_width),
              height = static_cast<int>(info.image_height);
    state->result.source_width = width;
    state->result.source_height = height;
    if (auto refusal = size_refusal(width, height); !refusal.empty()) {
        state->result.outcome = ReducedImage::Outcome::Refused;
        state->result.problem = refusal;
        jpeg_destroy_decompress(&info);
        return true;
    }
    // The DCT can produce 1/2, 1/4 or 1/8 size almost for free: take the smallest that still
    // covers the fitted size.
    const SDL_Rect fitted = fit_into(width, height, box_w, box_h);
    unsigned denom = 1;
    for (unsigned d : {8u, 4u, 2u}) {
        const int w = (width + static_cast<int>(d) - 1) / static_cast<int>(d);
        const int h = (height + static_cast<int>(d) - 1) / static_cast<int>(d);
        if (w >= fitted.w && h >= fitted.h) {
            denom = d;
            break;
        }
    }
    info.scale_num = 1;
    info.scale_denom = denom;
    // libjpeg turns YCCK into CMYK but not CMYK into RGB: that step is ours.
    const bool cmyk = info.jpeg_color_space == JCS_CMYK || info.jpeg_color_space == JCS_YCCK;
    const bool inverted = cmyk && info.saw_Adobe_marker;
    const bool bgra = state->order == PixelOrder::Screen;
    info.out_color_space = cmyk ? JCS_CMYK : bgra ? JCS_EXT_BGRA : JCS_EXT_RGBA;
    jpeg_start_decompress(&info);
    const int out_w = static_cast<int>(info.output_width),
              out_h = static_cast<int>(info.output_height);
    state->start_rows(out_w, out_h, fitted, true);  // a JPEG has no alpha
    while (info.output_scanline < info.output_height) {
        if (info.output_scanline % 64 == 0 && state->give_up()) {
            jpeg_destroy_decompress(&info);
            return true;
        }
        JSAMPROW row = state->row.data();
        jpeg_read_scanlines(&info, &row, 1);
        if (cmyk) cmyk_to_rgba(state->row.data(), out_w, inverted, bgra);
        state->scaler->add_row(state->row.data());
    }
    jpeg_abort_decompress(&info);  // skip the rest of the file: all pixels are in
    jpeg_destroy_decompress(&info);
    if (!state->library_message.empty()) {
        refuse_damaged(*state, "JPEG");
        return true;
    }
    fill_result(*state);
    return true;
}

template <typename Reader>
ReducedImage run_reader(const std::filesystem::path& path, int box_w, int box_h,
                        const std::atomic<bool>* abandoned, PixelOrder order, Reader reader) {
    FilePtr file(std::fopen(path.c_str(), "rb"));
    if (!file) return {};
    auto state = std::make_unique<DecodeState>();
    state->abandoned = abandoned;
    state->order = order;
    if (!reader(file.get(), box_w, box_h, state.get())) return {};  // SDL_image explains
    return std::move(state->result);
}

}  // namespace

ReducedImage decode_png_reduced(const std::filesystem::path& file, int box_w, int box_h,
                                const std::atomic<bool>* abandoned, PixelOrder order) {
    // The size is in the first 24 bytes (signature, IHDR length and type, width, height): read
    // it ourselves so even a size libpng refuses outright is reported as a size.
    if (FilePtr handle{std::fopen(file.c_str(), "rb")}) {
        unsigned char head[24];
        if (std::fread(head, 1, sizeof head, handle.get()) == sizeof head &&
            std::memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0 &&
            std::memcmp(head + 12, "IHDR", 4) == 0) {
            auto be32 = [&](int at) {
                return (static_cast<long long>(head[at]) << 24) | (head[at + 1] << 16) |
                       (head[at + 2] << 8) | head[at + 3];
            };
            if (auto refusal = size_refusal(be32(16), be32(20)); !refusal.empty()) {
                ReducedImage refused;
                refused.outcome = ReducedImage::Outcome::Refused;
                refused.problem = refusal;
                refused.source_width = static_cast<int>(be32(16));
                refused.source_height = static_cast<int>(be32(20));
                return refused;
            }
        }
    }
    return run_reader(file, box_w, box_h, abandoned, order, read_png);
}

ReducedImage decode_jpeg_reduced(const std::filesystem::path& file, int box_w, int box_h,
                                 const std::atomic<bool>* abandoned, PixelOrder order) {
    return run_reader(file, box_w, box_h, abandoned, order, read_jpeg);
}

}  // namespace lightning
