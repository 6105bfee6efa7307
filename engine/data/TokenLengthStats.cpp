// tokenLengthStats (api/Dataset.h): token counts of one split, untruncated, with the share that a
// max length would cut. Kept apart from Dataset.cpp so loading data never links the tokenizer.
#include "api/Dataset.h"
#include "api/Tokenizer.h"

#include <algorithm>

namespace litetune {

LengthStats tokenLengthStats(const Split& split, const Tokenizer& tokenizer, std::int64_t maxLength) {
    LengthStats stats;
    stats.maxLength = maxLength;
    stats.lengths.reserve(split.examples.size());
    std::int64_t truncated = 0;
    double sum = 0.0;
    for (const Example& example : split.examples) {
        const auto length = static_cast<std::int64_t>(tokenizer.encode(example.text).size());
        stats.lengths.push_back(length);
        stats.longest = std::max(stats.longest, length);
        sum += static_cast<double>(length);
        if (length > maxLength)
            ++truncated;
    }
    if (!stats.lengths.empty()) {
        stats.meanLength = sum / static_cast<double>(stats.lengths.size());
        stats.truncatedFraction = static_cast<double>(truncated) / static_cast<double>(stats.lengths.size());
    }
    return stats;
}

} // namespace litetune
