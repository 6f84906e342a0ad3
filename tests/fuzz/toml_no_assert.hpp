#pragma once
// Included first in the fuzz build: toml++'s internal assertions off, as in Debian's release
// library (toml++ 3.3 asserts in parse_key() on input such as "[(" that its parser then rejects
// with a proper error). A function-like macro cannot go on CMake's command line, hence a header.
#define TOML_ASSERT(expr) static_cast<void>(0)
