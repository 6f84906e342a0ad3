#include "shell/app/render_command.hpp"

#include <iostream>

#include "core/time/time_text.hpp"
#include "shell/app/talk_flags.hpp"
#include "shell/decode/slide_cache.hpp"
#include "shell/draw/offscreen.hpp"
#include "shell/draw/painter.hpp"
#include "shell/platform/sdl_handles.hpp"

namespace lightning {

void add_render_command(CLI::App& app, RenderOptions& options) {
    auto* command =
        app.add_subcommand("render", "Write the audience screen at one instant to a PNG");
    add_talk_options(*command, options.talk);
    command->add_option("--at", options.at, "Instant of the talk: seconds (14.999) or m:ss")
        ->capture_default_str();
    command->add_option("-o,--output", options.output, "PNG file to write")->required();
    command->add_option("--size", options.size, "Output size WIDTHxHEIGHT")->capture_default_str();
}

int run_render(const RenderOptions& options) {
    const PreparedTalk talk = prepare_talk(options.talk);
    const auto at = parse_duration(options.at);
    if (!at)
        throw std::invalid_argument("--at \"" + options.at +
                                    "\" is not a time: write seconds "
                                    "(14.999) or m:ss (0:15)");
    const auto [width, height] = parse_size(options.size, "--size");

    SdlLibrary sdl(0);
    Offscreen target(width, height);
    const Moment moment = moment_at(talk.schedule, talk.thresholds, Micros{*at});
    const Screen screen = talk_screen(talk.deck, talk.schedule, moment, talk.overlay,
                                      overlay_layout(width, height).bar.w, talk.look);
    SlideCache slides(target.renderer(), talk.deck);
    slides.set_output_size(width, height);
    const int slide = slide_on(screen);
    if (slide >= 0) slides.load(slide);
    Painter painter(target.renderer(), talk.settings.settings.font.value);
    painter.draw(screen, slide >= 0 ? slides.view(slide) : SlideView{});
    target.write_png(options.output);
    return 0;
}

}  // namespace lightning
