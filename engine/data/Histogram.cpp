// Histogram: equal-width integer bins (see Histogram.h).
#include "data/Histogram.h"

#include <algorithm>

namespace litetune {

std::vector<HistogramBin> Histogram::of(const std::vector<std::int64_t>& values, int bins) {
    std::vector<HistogramBin> result;
    if (values.empty())
        return result;
    const auto [minIt, maxIt] = std::minmax_element(values.begin(), values.end());
    const std::int64_t low = *minIt, high = *maxIt;
    const std::int64_t span = high - low + 1;
    const std::int64_t wanted = std::max(1, bins);
    const std::int64_t width = (span + wanted - 1) / wanted; // ceil, so the bins cover max
    const std::int64_t count = (span + width - 1) / width;
    for (std::int64_t i = 0; i < count; ++i)
        result.push_back({low + i * width, low + (i + 1) * width, 0});
    for (const std::int64_t value : values)
        ++result[static_cast<std::size_t>((value - low) / width)].count;
    return result;
}

} // namespace litetune
