#pragma once
// What the process used, for --verbose summaries and the benchmark.
namespace lightning {

struct ProcessStats {
    double cpu_seconds = 0;  // user + system
    double peak_rss_mb = 0;  // high-water mark of resident memory
};
ProcessStats process_stats();

}  // namespace lightning
