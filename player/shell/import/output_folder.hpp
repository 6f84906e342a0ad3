#pragma once
// The deck folder an import writes, and only it: `-o` that exists and holds anything is refused
// unless --force (then only what an earlier import wrote there, deck.toml and slide-*.png, is
// replaced); its parent must exist (a typo is not a new tree of folders). Every file import
// writes is a name it made itself, inside this folder.
#include <filesystem>

namespace lightning {

// Whether `folder` may be written, changing nothing (called before the slow steps); throws
// std::invalid_argument naming it and the fix.
void check_output_folder(const std::filesystem::path& folder, bool force);
// The same, then makes it or removes what an earlier import wrote there.
void prepare_output_folder(const std::filesystem::path& folder, bool force);

// The default -o: the source's name without its extension, in the current folder.
std::filesystem::path default_output_folder(const std::filesystem::path& source);

}  // namespace lightning
