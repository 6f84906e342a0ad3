#include "core/time/time_text.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

namespace lightning {
namespace {

std::optional<double> parse_number(std::string_view text) {
    if (text.empty()) return std::nullopt;
    double value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end || !std::isfinite(value) || value < 0) return std::nullopt;
    return value;
}

std::optional<long long> parse_whole(std::string_view text) {
    if (text.empty()) return std::nullopt;
    long long value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end || value < 0) return std::nullopt;
    return value;
}

}  // namespace

namespace {
constexpr double kLongestDurationSeconds = 1e7;  // about 115 days
}  // namespace

std::optional<Millis> parse_duration(std::string_view text) {
    std::vector<std::string_view> parts;
    size_t begin = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ':') {
            parts.push_back(text.substr(begin, i - begin));
            begin = i + 1;
        }
    }
    if (parts.size() > 3) return std::nullopt;
    // The last part may carry a fraction ("0:07.5"); the others are whole numbers.
    auto seconds = parse_number(parts.back());
    if (!seconds) return std::nullopt;
    if (parts.size() > 1 && *seconds >= 60) return std::nullopt;
    double total = *seconds;
    long long scale = 60;
    for (size_t i = parts.size() - 1; i-- > 0;) {
        auto whole = parse_whole(parts[i]);
        if (!whole) return std::nullopt;
        if (i > 0 && *whole >= 60) return std::nullopt;                     // minutes in h:mm:ss
        total += static_cast<double>(*whole) * static_cast<double>(scale);  // no integer overflow
        scale *= 60;
    }
    // Nothing a talk needs is longer than a few days; larger values would overflow milliseconds
    // (the fuzzer found "5188844444444444440:00").
    if (!(total <= kLongestDurationSeconds)) return std::nullopt;
    return Millis{std::llround(total * 1000.0)};
}

std::string format_countdown(Millis left) {
    long long ms = left.count();
    if (ms < 0) ms = 0;
    const long long seconds = (ms + 999) / 1000;
    char text[32];
    std::snprintf(text, sizeof text, "%lld:%02lld", seconds / 60, seconds % 60);
    return text;
}

long long tenths_of(Millis t) {
    const long long ms = t.count();
    return ms >= 0 ? (ms + 50) / 100 : -((-ms + 50) / 100);
}

std::string format_offset(Millis t) {
    long long tenths = tenths_of(t);
    const char* sign = tenths < 0 ? "-" : "";
    if (tenths < 0) tenths = -tenths;
    char text[40];
    std::snprintf(text, sizeof text, "%s%lld:%02lld.%lld", sign, tenths / 600, (tenths / 10) % 60,
                  tenths % 10);
    return text;
}

std::string format_signed_seconds(Millis t) {
    const long long tenths = tenths_of(t);
    if (tenths == 0) return "0.0 s";
    const long long whole = tenths < 0 ? -tenths : tenths;
    char text[40];
    std::snprintf(text, sizeof text, "%c%lld.%lld s", tenths < 0 ? '-' : '+', whole / 10,
                  whole % 10);
    return text;
}

std::string clock_text(WallTime time) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[16];
    std::strftime(text, sizeof text, "%H:%M", &local);
    return text;
}

}  // namespace lightning
