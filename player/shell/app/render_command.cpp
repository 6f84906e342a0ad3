#include "shell/app/render_command.hpp"

#include <stb/stb_image_write.h>

#include <iostream>

#include "shell/draw/painter.hpp"
#include "shell/platform/sdl_handles.hpp"
#include "shell/decode/slide_cache.hpp"
#include "core/time/time_text.hpp"

namespace lightning {

void add_render_command(CLI::App& app, RenderOptions& options) {
    auto* command = app.add_subcommand("render", "Write the audience screen at one instant to a PNG");
    add_talk_options(*command, options.talk);
    command->add_option("--at", options.at, "Instant of the talk: seconds (14.999) or m:ss")
        ->capture_default_str();
    command->add_option("-o,--output", options.output, "PNG file to write")->required();
    command->add_option("--size", options.size, "Output size WIDTHxHEIGHT")->capture_default_str();
}

void save_png(SDL_Surface* rgba, const std::string& path) {
    if (!stbi_write_png(path.c_str(), rgba->w, rgba->h, 4, rgba->pixels, rgba->pitch))
        throw std::runtime_error("cannot write " + path +
                                 ": check that its folder exists and is writable");
}

int run_render(const RenderOptions& options) {
    const PreparedTalk talk = prepare_talk(options.talk);
    const auto at = parse_duration(options.at);
    if (!at) throw std::invalid_argument("--at \"" + options.at + "\" is not a time: write seconds "
                                         "(14.999) or m:ss (0:15)");
    const auto [width, height] = parse_size(options.size, "--size");

    SdlLibrary sdl(0);
    SurfacePtr target = make_rgba_surface(width, height);
    RendererPtr renderer(SDL_CreateSoftwareRenderer(target.get()));
    if (!renderer) throw SdlError("cannot create a software renderer");

    const Moment moment = moment_at(talk.schedule, talk.thresholds, Micros{*at});
    const Frame frame = make_frame(talk.deck, talk.schedule, moment, talk.overlay,
                                   overlay_layout(width, height).bar.w);
    SlideCache slides(renderer.get(), talk.deck);
    slides.set_output_size(width, height);
    if (!frame.end_card) slides.load(frame.slide);
    Painter painter(renderer.get());
    painter.draw(frame, slides.view(frame.slide));
    SDL_RenderPresent(renderer.get());
    save_png(target.get(), options.output);
    return 0;
}

}  // namespace lightning
