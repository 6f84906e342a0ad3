#pragma once
// `lightning export DECK --sheet -o sheet.png`: every slide as a thumbnail in a grid, each with
// its number, planned start (m:ss) and duration, under a header with the deck's title, speaker,
// format and length. Thumbnails are drawn by the shared Painter (so a broken slide shows the
// same placeholder as on stage, only small).
#include <filesystem>
#include <string>
#include <vector>

#include "core/config/talk_options.hpp"
#include "core/plan/sheet_heat.hpp"
#include "shell/platform/sdl_handles.hpp"

namespace lightning {

// Where everything goes on a width x height sheet of `slides` thumbnails (16:9, the projector's
// usual shape). The column count is the one that makes the thumbnails largest (5 for 20 slides
// on 1920x1080).
struct SheetLayout {
    int columns = 1, rows = 1;
    int margin = 0;
    SDL_Rect header{};
    int thumb_w = 0, thumb_h = 0;
    int label_h = 0, label_font = 0;
    int origin_x = 0, origin_y = 0;  // top-left of the grid (centred under the header)
    int cell_w = 0, cell_h = 0;      // thumbnail + label + gaps

    SDL_Rect thumb(int k) const;
};
SheetLayout sheet_layout(int slides, int width, int height);

// Draws the sheet and writes it as PNG at `path`. Needs SDL (SdlLibrary) to be up. `marks`, when
// given, holds a note per slide (import's preflight findings, "" for none): a marked slide gets a
// red frame and its note in a band over the thumbnail's foot, for the speaker to read. `heat`
// (one per slide, or empty for none) tints each thumbnail and prints its mean over/under on it.
void write_contact_sheet(const PreparedTalk& talk, int width, int height,
                         const std::filesystem::path& path,
                         const std::vector<std::string>& marks = {},
                         const std::vector<SlideHeat>& heat = {});

}  // namespace lightning
