#pragma once
// `lightning import TALK.pptx|TALK.odp`: a deck folder (slide pictures and deck.toml with the
// title, speaker, notes, timings and format the file holds) that play, check, event and export
// take as they are, and the preflight the organizer mails back to the speaker.
#include <CLI/CLI.hpp>
#include <string>

namespace lightning {

struct ImportOptions {
    std::string source;  // the .pptx / .odp (or what the speaker sent)
    std::string output;  // -o: the deck folder; default: the source's name, here
    std::string size = "1920x1080";
    std::string pictures;  // --pictures: the speaker's own PDF of the talk
    std::string sheet;     // --sheet: a contact sheet PNG with the findings marked
    bool json = false;
    bool force = false;
    double timeout = 180;  // LibreOffice's time limit, seconds
};

void add_import_command(CLI::App& app, ImportOptions& options);
int run_import(const ImportOptions& options);

}  // namespace lightning
