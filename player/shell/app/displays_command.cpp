#include "shell/app/displays_command.hpp"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "shell/platform/sdl_handles.hpp"

namespace lightning {

namespace {

struct DisplayInfo {
    int index = 0;
    std::string name;
    int width = 0, height = 0;  // the desktop mode, in pixels
    int x = 0, y = 0;           // where it sits on the desktop
    int refresh_hz = 0;         // 0: the driver does not say
};

const char* const kNoDisplay =
    "no display found: run it on a desktop session (or with DISPLAY set to a running X server), "
    "or under Xvfb: xvfb-run -a -s \"-screen 0 1920x1080x24\" lightning displays";

std::vector<DisplayInfo> list_displays() {
    std::optional<SdlLibrary> sdl;
    try {
        sdl.emplace(SDL_INIT_VIDEO);
    } catch (const SdlError& error) {
        throw std::runtime_error(std::string(error.what()) + "\n" + kNoDisplay);
    }
    // As in play: SDL falls back to drivers that show nothing (offscreen, dummy) when there is no
    // screen; their "display" is only listed when asked for (SDL_VIDEODRIVER=dummy).
    const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    if ((driver == "offscreen" || driver == "dummy") && !SDL_getenv("SDL_VIDEODRIVER"))
        throw std::runtime_error(kNoDisplay);
    const int count = SDL_GetNumVideoDisplays();
    if (count < 1)
        throw SdlError(std::string("the video driver \"") + driver + "\" lists no display");

    std::vector<DisplayInfo> displays;
    for (int index = 0; index < count; ++index) {
        DisplayInfo info;
        info.index = index;
        const char* name = SDL_GetDisplayName(index);
        info.name = name && *name ? name : "display " + std::to_string(index);
        SDL_Rect bounds{};
        if (SDL_GetDisplayBounds(index, &bounds) == 0) {
            info.x = bounds.x, info.y = bounds.y;
            info.width = bounds.w, info.height = bounds.h;
        }
        SDL_DisplayMode mode{};
        if (SDL_GetDesktopDisplayMode(index, &mode) == 0) {
            info.width = mode.w, info.height = mode.h;  // pixels, even where bounds are scaled
            info.refresh_hz = mode.refresh_rate;
        }
        displays.push_back(std::move(info));
    }
    return displays;
}

std::string refresh_text(int hz) {
    return hz > 0 ? std::to_string(hz) + " Hz" : "refresh unknown";
}

// "0  Virtual-1  1600x900  at 0,0  60 Hz", the columns aligned across displays.
void print_text(const std::vector<DisplayInfo>& displays) {
    size_t name_width = 0, size_width = 0, at_width = 0;
    const auto size_of = [](const DisplayInfo& d) {
        return std::to_string(d.width) + "x" + std::to_string(d.height);
    };
    const auto at_of = [](const DisplayInfo& d) {
        return "at " + std::to_string(d.x) + "," + std::to_string(d.y);
    };
    for (const auto& d : displays) {
        name_width = std::max(name_width, d.name.size());
        size_width = std::max(size_width, size_of(d).size());
        at_width = std::max(at_width, at_of(d).size());
    }
    for (const auto& d : displays)
        std::printf("%d  %-*s  %-*s  %-*s  %s\n", d.index, static_cast<int>(name_width),
                    d.name.c_str(), static_cast<int>(size_width), size_of(d).c_str(),
                    static_cast<int>(at_width), at_of(d).c_str(),
                    refresh_text(d.refresh_hz).c_str());
}

void print_json(const std::vector<DisplayInfo>& displays) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& d : displays) {
        out.push_back({{"index", d.index},
                       {"name", d.name},
                       {"width", d.width},
                       {"height", d.height},
                       {"x", d.x},
                       {"y", d.y},
                       {"refresh_hz", d.refresh_hz > 0 ? nlohmann::ordered_json(d.refresh_hz)
                                                       : nlohmann::ordered_json()}});
    }
    // Display names come from the system: replace invalid UTF-8 rather than fail on it.
    std::printf("%s\n",
                out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
}

}  // namespace

void add_displays_command(CLI::App& app, DisplaysOptions& options) {
    auto* command = app.add_subcommand("displays",
                                       "List the displays (the numbers play --display takes), with "
                                       "size, position and refresh rate");
    command->add_flag("--json", options.json, "Print a JSON array instead");
}

int run_displays(const DisplaysOptions& options) {
    const auto displays = list_displays();
    if (options.json)
        print_json(displays);
    else
        print_text(displays);
    return 0;
}

}  // namespace lightning
