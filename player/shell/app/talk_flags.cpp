#include "shell/app/talk_flags.hpp"

#include "shell/app/word_choice.hpp"

namespace lightning {

void add_talk_options(CLI::App& command, TalkOptions& options, bool presenter_flag) {
    command
        .add_option("deck", options.deck,
                    "The deck: a deck folder (slide images, optional deck.toml) or a PDF file")
        ->required();
    command.add_option(
        "--format", options.format,
        "ignite (15 s a slide), pechakucha (20 s), five-minutes (total split evenly)");
    command.add_option("--total", options.total, "Talk length, m:ss or seconds (five-minutes)");
    command.add_option("--slide-seconds", options.slide_seconds, "Every slide gets this long");
    command
        .add_option("--overlay", options.overlay,
                    presenter_flag
                        ? "Where the countdown is drawn: audience, presenter, both or none "
                          "(default: audience, both with --presenter; or config.toml, see "
                          "`lightning config`)"
                        : "Whether the countdown is drawn: audience (or both) draws it, presenter "
                          "or none leaves it out (default: audience, or config.toml)")
        ->check(word_choice({"audience", "presenter", "both", "none"}));
    command.add_option(
        "--overlay-size", options.overlay_size,
        "How large the countdown is: small, medium, large, huge, or a scale from 0.25 "
        "to 3 (default: medium, or config.toml)");
    command
        .add_option("--overlay-corner", options.overlay_corner,
                    "Which corner the countdown sits in (default: top-right)")
        ->check(word_choice({"top-left", "top-right", "bottom-left", "bottom-right"}));
    command.add_option(
        "--background", options.background,
        "Colour behind transparent and letterboxed slides, #rrggbb (default: #000000)");
    command.add_option(
        "--font", options.font,
        "Font for the overlay and cards: a .ttf/.otf file or an installed font's name "
        "(default: the bundled DejaVu Sans)");
    command.add_option(
        "--warn", options.warn_seconds,
        "Overlay turns amber with this many seconds left (default: 60, or config.toml)");
    command.add_option(
        "--danger", options.danger_seconds,
        "Overlay turns red with this many seconds left (default: 30, or config.toml)");
    command.add_option(
        "--flash", options.flash_seconds,
        "Overlay flashes for the last this many seconds (default: 10, or config.toml)");
}

}  // namespace lightning
