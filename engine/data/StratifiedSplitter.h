// StratifiedSplitter: splits one labelled collection into train / validation / test so every
// label keeps its share in each part. Per label, the examples are shuffled by a SplitMix64
// stream seeded from (seed, label index) — the same split on every machine — and the first
// round(n * fraction) go to test, the next to validation; every label keeps at least one
// training example. Each part keeps the source order. Deliberately no balancing or resampling.
// Reference: scikit-learn train_test_split(stratify=...) for the idea, not its exact output.
#pragma once

#include "api/Dataset.h"

#include <cstdint>
#include <vector>

namespace litetune {

class StratifiedSplitter {
public:
    // Parts "train", then "validation" when validationFraction > 0, then "test" when
    // testFraction > 0. Fractions must be in [0, 1) with a sum below 1 (BadInput otherwise).
    static std::vector<Split> split(const std::vector<Example>& examples, std::size_t labelCount,
                                    double validationFraction, double testFraction, std::uint64_t seed);

    static void checkFractions(double validationFraction, double testFraction);
};

} // namespace litetune
