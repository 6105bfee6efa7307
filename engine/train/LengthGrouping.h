// LengthGrouping: which examples go into which batch. Training batches follow the run's
// train_sampling_strategy: by default they group similar token lengths (seeded mega-chunks sorted
// by length, then the batches shuffled) so dynamic padding wastes little; "random" is a seeded
// permutation and "sequential" the file order, as the Trainer's RandomSampler and SequentialSampler.
// Evaluation keeps the file order in windows, sorted by length inside each.
// Pure and deterministic: the same seed gives the same batches on every platform (own
// Fisher-Yates over std::mt19937_64, whose output the C++ standard fixes).
// Reference: transformers trainer_pt_utils.py get_length_grouped_indices (mega-batches of 50).
#pragma once

#include "api/TrainConfig.h"

#include <cstdint>
#include <vector>

namespace litetune {

using BatchIndices = std::vector<std::int64_t>;

// A seeded permutation of 0..n-1.
std::vector<std::int64_t> seededPermutation(std::int64_t n, std::uint64_t seed);

// The training batches of one epoch: seed and epoch pick the order; the last batch may be short.
std::vector<BatchIndices> lengthGroupedBatches(const std::vector<std::int64_t>& lengths, int batchSize,
                                               std::uint64_t seed, std::int64_t epoch);

// The training batches of one epoch in the order `strategy` picks; sequential ignores seed and epoch.
std::vector<BatchIndices> trainingBatches(SamplingStrategy strategy, const std::vector<std::int64_t>& lengths,
                                          int batchSize, std::uint64_t seed, std::int64_t epoch);

// Evaluation batches: windows of `window` examples in file order, each sorted by length
// (longest first), cut into batches. Every index appears exactly once.
std::vector<BatchIndices> evalBatches(const std::vector<std::int64_t>& lengths, int batchSize, std::int64_t window);

} // namespace litetune
