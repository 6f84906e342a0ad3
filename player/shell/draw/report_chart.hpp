#pragma once
// The report's chart: per slide, a bar for each of the last runs showing how far over (up) or
// under (down) the plan it went; the plan is the zero line. Drawn with SDL into a PNG.
#include <string>

#include "core/log/report.hpp"

namespace lightning {

// Draws the last `max_runs` runs of `report` into a width x height PNG at `path`.
// Throws std::runtime_error naming the file when it cannot be written.
void write_report_chart(const Report& report, const std::string& path, int width, int height,
                        size_t max_runs = 5);

}  // namespace lightning
