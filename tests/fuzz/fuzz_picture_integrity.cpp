// libFuzzer target: any bytes given to check's structural PNG/JPEG checker get a verdict (never a
// crash, a hang, or a read past the end), and the verdict holds together: damage is always said
// in words, a file vouched for as whole names its format, a whole PNG has a size.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "core/deck/picture_integrity.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using Verdict = lightning::PictureIntegrity::Verdict;
    const auto result =
        lightning::check_picture_integrity(std::span<const std::uint8_t>(data, size));
    if (result.verdict == Verdict::Damaged && result.problem.empty()) std::abort();
    if (result.verdict != Verdict::Damaged && !result.problem.empty()) std::abort();
    if (result.verdict == Verdict::Whole && result.header.format.empty()) std::abort();
    if (result.verdict == Verdict::Whole && result.header.format == "png" &&
        (result.header.width <= 0 || result.header.height <= 0))
        std::abort();
    return 0;
}
