// Histogram: equal-width integer bins over counts such as token lengths, for the dataset
// browser's length histogram and reports. Bins are [lower, upper) with integer bounds that cover
// min..max; fewer bins than asked when the range is narrower. Deliberately no plotting.
#pragma once

#include <cstdint>
#include <vector>

namespace litetune {

struct HistogramBin {
    std::int64_t lower = 0; // inclusive
    std::int64_t upper = 0; // exclusive
    std::int64_t count = 0;
};

class Histogram {
public:
    // At most `bins` bins (at least 1); empty for no values.
    static std::vector<HistogramBin> of(const std::vector<std::int64_t>& values, int bins);
};

} // namespace litetune
