#include "shell/platform/process_stats.hpp"

#include <sys/resource.h>

namespace lightning {

ProcessStats process_stats() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    ProcessStats stats;
    stats.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                        static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    stats.peak_rss_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB
    return stats;
}

}  // namespace lightning
