// StratifiedSplitter: seeded per-label split (see StratifiedSplitter.h).
#include "data/StratifiedSplitter.h"

#include "data/SplitMix64.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>

namespace litetune {

void StratifiedSplitter::checkFractions(double validationFraction, double testFraction) {
    const bool valid = std::isfinite(validationFraction) && std::isfinite(testFraction) && validationFraction >= 0 &&
                       testFraction >= 0 && validationFraction + testFraction < 1;
    if (!valid)
        throwBadInput("validation fraction " + std::to_string(validationFraction) + " and test fraction " +
                      std::to_string(testFraction) + " must each be at least 0 and together below 1");
}

std::vector<Split> StratifiedSplitter::split(const std::vector<Example>& examples, std::size_t labelCount,
                                             double validationFraction, double testFraction, std::uint64_t seed) {
    checkFractions(validationFraction, testFraction);
    // Which part each example goes to: 0 train, 1 validation, 2 test.
    std::vector<int> part(examples.size(), 0);
    std::vector<std::vector<std::size_t>> byLabel(labelCount);
    for (std::size_t i = 0; i < examples.size(); ++i) {
        const int label = examples[i].label;
        if (label >= 0 && static_cast<std::size_t>(label) < labelCount)
            byLabel[static_cast<std::size_t>(label)].push_back(i);
    }
    for (std::size_t label = 0; label < labelCount; ++label) {
        std::vector<std::size_t>& members = byLabel[label];
        const auto n = static_cast<std::int64_t>(members.size());
        if (n == 0)
            continue;
        // One stream per label, so adding rows of one label never moves another label's rows.
        SplitMix64 seeder(seed);
        SplitMix64 random(seeder.next() ^ (0x9E3779B97F4A7C15ull * (label + 1)));
        for (std::size_t i = members.size() - 1; i > 0; --i) // Fisher–Yates
            std::swap(members[i], members[random.below(i + 1)]);
        auto nTest = static_cast<std::int64_t>(std::llround(static_cast<double>(n) * testFraction));
        auto nValidation = static_cast<std::int64_t>(std::llround(static_cast<double>(n) * validationFraction));
        while (nTest + nValidation > n - 1) { // keep one training example per label
            if (nTest >= nValidation && nTest > 0)
                --nTest;
            else
                --nValidation;
        }
        for (std::int64_t k = 0; k < nTest; ++k)
            part[members[static_cast<std::size_t>(k)]] = 2;
        for (std::int64_t k = nTest; k < nTest + nValidation; ++k)
            part[members[static_cast<std::size_t>(k)]] = 1;
    }
    std::vector<Split> parts{{"train", {}}};
    if (validationFraction > 0)
        parts.push_back({"validation", {}});
    if (testFraction > 0)
        parts.push_back({"test", {}});
    auto indexOf = [&](int which) -> std::size_t {
        const char* names[] = {"train", "validation", "test"};
        for (std::size_t i = 0; i < parts.size(); ++i)
            if (parts[i].name == names[which])
                return i;
        return 0;
    };
    for (std::size_t i = 0; i < examples.size(); ++i)
        parts[indexOf(part[i])].examples.push_back(examples[i]);
    return parts;
}

} // namespace litetune
