#pragma once
// Reading settings from files: the user's $XDG_CONFIG_HOME/lightning/config.toml and a deck's
// deck.toml [settings] table. Both hold the same keys as the flags (`warn = 45`,
// `overlay = "both"`); a problem is a DeckError "FILE:LINE: what to write", as for deck.toml.
#include <filesystem>
#include <string_view>

#include "core/config/settings.hpp"
#include "core/deck/deck.hpp"

namespace lightning {

// $XDG_CONFIG_HOME/lightning/config.toml, else $HOME/.config/lightning/config.toml; empty when
// neither is set. The environment is passed in so tests need not change it.
std::filesystem::path config_file_path(const char* xdg_config_home, const char* home);
// The same from the process environment.
std::filesystem::path config_file_path();

// Applies the settings in config.toml's text (Origin::ConfigFile, where = "FILE:LINE").
void read_config_text(Settings& settings, std::string_view text, const std::filesystem::path& file);
// The same from the file; a missing file is no error (every setting keeps its default).
// Returns whether the file exists.
bool read_config_file(Settings& settings, const std::filesystem::path& file);

// Applies deck.toml's [settings] table (Origin::DeckToml). Settings of a machine (display,
// renderer, window-size, log-dir) are refused there with a pointer to config.toml.
void read_deck_settings_text(Settings& settings, std::string_view text,
                             const std::filesystem::path& file);
// The same from the deck's deck.toml, when it has one.
void read_deck_settings(Settings& settings, const Deck& deck);

}  // namespace lightning
