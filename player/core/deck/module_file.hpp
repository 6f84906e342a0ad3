#pragma once
// A loadable module (lightning-pdf.so) checked before dlopen: the dynamic loader maps the file,
// so one cut short (a broken install, a disk that filled up during an upgrade) would end the
// program with SIGBUS the moment a missing page is touched, with no message. Every part the loader
// maps or reads must lie inside the file.
#include <filesystem>
#include <string>

namespace lightning {

// Empty when `file` is a whole ELF shared object of this machine's kind; otherwise why not, in
// words for a message ("cut short: 4096 of 81234 bytes").
std::string module_file_problem(const std::filesystem::path& file);

}  // namespace lightning
