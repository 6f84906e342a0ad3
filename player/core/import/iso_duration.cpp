#include "core/import/iso_duration.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

namespace lightning {

std::optional<Millis> parse_iso_duration(std::string_view text) {
    if (text.empty() || text[0] != 'P') return std::nullopt;
    double seconds = 0;
    bool in_time = false, any = false;
    size_t i = 1;
    while (i < text.size()) {
        if (text[i] == 'T') {
            if (in_time) return std::nullopt;
            in_time = true;
            ++i;
            continue;
        }
        size_t end = i;
        while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) ||
                                     text[end] == '.' || text[end] == ','))
            ++end;
        if (end == i || end == text.size()) return std::nullopt;
        std::string number(text.substr(i, end - i));
        for (char& c : number)
            if (c == ',') c = '.';
        char* parsed_end = nullptr;
        const double value = std::strtod(number.c_str(), &parsed_end);
        if (parsed_end != number.c_str() + number.size()) return std::nullopt;
        const char unit = text[end];
        if (!in_time && unit == 'D')
            seconds += value * 86400;
        else if (in_time && unit == 'H')
            seconds += value * 3600;
        else if (in_time && unit == 'M')
            seconds += value * 60;
        else if (in_time && unit == 'S')
            seconds += value;
        else
            return std::nullopt;  // years, months and weeks are no slide's time
        any = true;
        i = end + 1;
    }
    if (!any || seconds > 86400) return std::nullopt;
    return Millis{static_cast<long long>(std::llround(seconds * 1000))};
}

}  // namespace lightning
