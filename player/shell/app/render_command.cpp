#include "shell/app/render_command.hpp"

#include <iostream>
#include <regex>

#include "core/frame/presenter_frame.hpp"
#include "core/show/keymap.hpp"
#include "core/time/time_text.hpp"
#include "core/time/wall_clock.hpp"
#include "shell/app/talk_flags.hpp"
#include "shell/app/word_choice.hpp"
#include "shell/decode/slide_cache.hpp"
#include "shell/draw/offscreen.hpp"
#include "shell/draw/painter.hpp"
#include "shell/draw/presenter_painter.hpp"
#include "shell/platform/sdl_handles.hpp"
#include "shell/window/presenter_view.hpp"

namespace lightning {

namespace {

// --keys names the modes as the commands do: play, rehearse (paced), free, event (its cards).
KeyMode key_mode(const std::string& name) {
    if (name == "rehearse") return KeyMode::Paced;
    if (name == "free") return KeyMode::Free;
    if (name == "event") return KeyMode::TitleCard;
    return KeyMode::Play;
}

// The speaker's screen at the moment, as play --presenter draws it.
void draw_presenter(const RenderOptions& options, const PreparedTalk& talk, const Moment& moment,
                    SlideCache& slides, SDL_Renderer* renderer) {
    const OverlayMode mode = overlay_beside_presenter(talk);  // as in play --presenter
    PresenterFrame frame = make_presenter_frame(
        talk.deck, talk.schedule, moment, mode,
        options.clock.empty() ? clock_text(SystemWallClock().now()) : options.clock, "");
    if (!options.keys.empty()) frame.keys = key_help(key_mode(options.keys));
    slides.load(frame.slide);
    if (frame.next >= 0) slides.load(frame.next);
    PresenterPainter painter(renderer, talk.settings.settings.font.value);
    painter.draw(frame, slides.view(frame.slide),
                 frame.next >= 0 ? slides.view(frame.next) : SlideView{});
}

}  // namespace

void add_render_command(CLI::App& app, RenderOptions& options) {
    auto* command = app.add_subcommand(
        "render", "Write the audience screen (or the presenter view) at one instant to a PNG");
    add_talk_options(*command, options.talk);
    command->add_option("--at", options.at, "Instant of the talk: seconds (14.999) or m:ss")
        ->capture_default_str();
    command->add_option("-o,--output", options.output, "PNG file to write")->required();
    command->add_option("--size", options.size, "Output size WIDTHxHEIGHT")->capture_default_str();
    command
        ->add_option("--keys", options.keys,
                     "Show a mode's keys help over the screen, as F1 or ? does: play, rehearse, "
                     "free or event")
        ->check(word_choice({"play", "rehearse", "free", "event"}));
    command->add_flag("--presenter", options.presenter,
                      "Write the presenter view (current and next slide, notes, timers) instead");
    command->add_option("--clock", options.clock,
                        "The presenter view's time of day, HH:MM (default: now)");
}

int run_render(const RenderOptions& options) {
    const PreparedTalk talk = prepare_talk(options.talk);
    const auto at = parse_duration(options.at);
    if (!at)
        throw std::invalid_argument("--at \"" + options.at +
                                    "\" is not a time: write seconds "
                                    "(14.999) or m:ss (0:15)");
    const auto [width, height] = parse_size(options.size, "--size");
    if (!options.clock.empty() &&
        !std::regex_match(options.clock, std::regex("[0-2]?[0-9]:[0-5][0-9]")))
        throw std::invalid_argument("--clock \"" + options.clock +
                                    "\" is not a time of day: write HH:MM (17:45)");

    SdlLibrary sdl(0);
    Offscreen target(width, height);
    const Moment moment = moment_at(talk.schedule, talk.thresholds, Micros{*at});
    SlideCache slides(target.renderer(), talk.deck);
    slides.set_output_size(width, height);
    if (options.presenter) {
        draw_presenter(options, talk, moment, slides, target.renderer());
    } else {
        Screen screen = talk_screen(talk.deck, talk.schedule, moment, talk.overlay,
                                    overlay_layout(width, height).bar.w, talk.look);
        if (!options.keys.empty()) screen.help = key_help(key_mode(options.keys));
        const int slide = slide_on(screen);
        if (slide >= 0) slides.load(slide);
        Painter painter(target.renderer(), talk.settings.settings.font.value);
        painter.draw(screen, slide >= 0 ? slides.view(slide) : SlideView{});
    }
    target.write_png(options.output);
    return 0;
}

}  // namespace lightning
