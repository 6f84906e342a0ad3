#include "core/deck/natural_sort.hpp"

namespace lightning {
namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

char fold(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

bool natural_less(std::string_view a, std::string_view b) {
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (is_digit(a[i]) && is_digit(b[j])) {
            size_t ia = i, jb = j;
            while (ia < a.size() && a[ia] == '0') ++ia;
            while (jb < b.size() && b[jb] == '0') ++jb;
            size_t ea = ia, eb = jb;
            while (ea < a.size() && is_digit(a[ea])) ++ea;
            while (eb < b.size() && is_digit(b[eb])) ++eb;
            // More significant digits means a bigger number.
            if (ea - ia != eb - jb) return (ea - ia) < (eb - jb);
            for (size_t k = 0; k < ea - ia; ++k)
                if (a[ia + k] != b[jb + k]) return a[ia + k] < b[jb + k];
            // Same value: "2" before "02".
            if (ia - i != jb - j) return (ia - i) < (jb - j);
            i = ea;
            j = eb;
            continue;
        }
        const auto ca = static_cast<unsigned char>(fold(a[i]));
        const auto cb = static_cast<unsigned char>(fold(b[j]));
        if (ca != cb) return ca < cb;
        ++i;
        ++j;
    }
    if (a.size() - i != b.size() - j) return (a.size() - i) < (b.size() - j);
    return a < b;
}

}  // namespace lightning
