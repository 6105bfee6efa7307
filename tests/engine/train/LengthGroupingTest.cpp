// Length-grouped batches: every example exactly once per epoch, seeded and repeatable, lengths
// grouped within mega-chunks, different epochs in different orders; the other sampling strategies
// (file order; a seeded permutation); evaluation windows.
#include "train/LengthGrouping.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace litetune;

namespace {

std::vector<std::int64_t> randomLengths(std::size_t n) {
    std::mt19937 rng(7);
    std::vector<std::int64_t> lengths(n);
    for (auto& l : lengths)
        l = 1 + static_cast<std::int64_t>(rng() % 60);
    return lengths;
}

std::vector<std::int64_t> flatten(const std::vector<BatchIndices>& batches) {
    std::vector<std::int64_t> all;
    for (const auto& b : batches)
        all.insert(all.end(), b.begin(), b.end());
    return all;
}

} // namespace

TEST(LengthGrouping, EveryExampleOnceAndRepeatable) {
    const auto lengths = randomLengths(1003);
    const auto a = lengthGroupedBatches(lengths, 8, 42, 0);
    const auto b = lengthGroupedBatches(lengths, 8, 42, 0);
    EXPECT_EQ(a, b);
    EXPECT_EQ(a.size(), 126u); // ceil(1003 / 8)
    auto all = flatten(a);
    std::sort(all.begin(), all.end());
    for (std::size_t i = 0; i < all.size(); ++i)
        ASSERT_EQ(all[i], static_cast<std::int64_t>(i));
    EXPECT_NE(a, lengthGroupedBatches(lengths, 8, 42, 1));
    EXPECT_NE(a, lengthGroupedBatches(lengths, 8, 43, 0));
}

TEST(LengthGrouping, BatchesHoldSimilarLengths) {
    const auto lengths = randomLengths(4000);
    std::int64_t padded = 0, real = 0;
    for (const auto& batch : lengthGroupedBatches(lengths, 8, 1, 0)) {
        std::int64_t longest = 0;
        for (auto i : batch) {
            longest = std::max(longest, lengths[static_cast<std::size_t>(i)]);
            real += lengths[static_cast<std::size_t>(i)];
        }
        padded += longest * static_cast<std::int64_t>(batch.size());
    }
    // random batches of 8 from U(1, 60) pad to ~53 on average (~75 % waste); grouped ones barely pad
    EXPECT_LT(static_cast<double>(padded - real) / static_cast<double>(real), 0.05);
}

TEST(LengthGrouping, EvalBatchesKeepWindowsInOrder) {
    const std::vector<std::int64_t> lengths{3, 9, 1, 7, 5, 2};
    const auto batches = evalBatches(lengths, 2, 4);
    // window [0..3] sorted longest first: 1, 3, 0, 2; then window [4, 5]: 4, 5
    const std::vector<BatchIndices> expected{{1, 3}, {0, 2}, {4, 5}};
    EXPECT_EQ(batches, expected);
}

TEST(LengthGrouping, SequentialBatchesAreTheFileOrder) {
    const std::vector<std::int64_t> lengths{5, 1, 9, 3, 7, 2, 8};
    const std::vector<BatchIndices> expected{{0, 1, 2}, {3, 4, 5}, {6}};
    EXPECT_EQ(trainingBatches(SamplingStrategy::Sequential, lengths, 3, 42, 0), expected);
    EXPECT_EQ(trainingBatches(SamplingStrategy::Sequential, lengths, 3, 7, 5), expected); // no seed, every epoch
}

TEST(LengthGrouping, RandomBatchesAreASeededPermutationPerEpoch) {
    const auto lengths = randomLengths(203);
    const auto a = trainingBatches(SamplingStrategy::Random, lengths, 8, 42, 0);
    EXPECT_EQ(a, trainingBatches(SamplingStrategy::Random, lengths, 8, 42, 0));
    EXPECT_EQ(a.size(), 26u); // ceil(203 / 8), the last one short
    EXPECT_EQ(a.back().size(), 3u);
    auto all = flatten(a);
    EXPECT_NE(all, flatten(trainingBatches(SamplingStrategy::Sequential, lengths, 8, 42, 0)));
    std::sort(all.begin(), all.end());
    for (std::size_t i = 0; i < all.size(); ++i)
        ASSERT_EQ(all[i], static_cast<std::int64_t>(i));
    EXPECT_NE(a, trainingBatches(SamplingStrategy::Random, lengths, 8, 42, 1));
    EXPECT_NE(a, trainingBatches(SamplingStrategy::Random, lengths, 8, 43, 0));
}

TEST(LengthGrouping, GroupByLengthIsTheDefaultBatching) {
    const auto lengths = randomLengths(300);
    EXPECT_EQ(TrainConfig{}.trainSamplingStrategy, SamplingStrategy::GroupByLength);
    EXPECT_EQ(trainingBatches(SamplingStrategy::GroupByLength, lengths, 8, 42, 2),
              lengthGroupedBatches(lengths, 8, 42, 2));
}

TEST(LengthGrouping, EmptyInput) {
    EXPECT_TRUE(lengthGroupedBatches({}, 8, 1, 0).empty());
    EXPECT_TRUE(evalBatches({}, 8, 64).empty());
    EXPECT_TRUE(trainingBatches(SamplingStrategy::Sequential, {}, 8, 1, 0).empty());
    EXPECT_TRUE(trainingBatches(SamplingStrategy::Random, {}, 8, 1, 0).empty());
}
