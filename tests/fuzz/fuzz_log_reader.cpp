// libFuzzer target: any bytes as a timing log must be read (or refused with a LogError), and what
// is read must go through the report's table and text without crashing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/log/log_reader.hpp"
#include "core/log/report.hpp"
#include "core/log/run_table.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const lightning::ReadLog log = lightning::read_run_log_text(text, "fuzz.jsonl");
        (void)lightning::run_table(log.summary);
        const lightning::Report report = lightning::build_report({log, log});
        (void)lightning::report_text(report);
        (void)lightning::report_csv(report);
    } catch (const lightning::LogError&) {
        // refused as not a log: what bad input should get
    }
    return 0;
}
