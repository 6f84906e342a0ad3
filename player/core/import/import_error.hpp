#pragma once
// A file `lightning import` cannot take, or cannot take whole. The message is one line that names
// the file (and the part and slide when there is one) and says what to do; nothing is written
// when it is thrown.
#include <stdexcept>

namespace lightning {

class ImportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace lightning
