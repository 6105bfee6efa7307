// StratifiedSplitter and SplitMix64: per-label proportions, determinism across runs and machines
// (golden values), every label kept in train.
#include "data/StratifiedSplitter.h"
#include "data/SplitMix64.h"

#include <gtest/gtest.h>

using namespace litetune;

namespace {

// 1000 examples over 4 labels with shares 50%, 30%, 15%, 5%.
std::vector<Example> skewedExamples() {
    std::vector<Example> examples;
    for (int i = 0; i < 1000; ++i) {
        const int r = i % 20;
        const int label = r < 10 ? 0 : r < 16 ? 1 : r < 19 ? 2 : 3;
        examples.push_back({"text " + std::to_string(i), label, i + 2});
    }
    return examples;
}

std::vector<std::int64_t> countsOf(const Split& split, std::size_t labels) {
    std::vector<std::int64_t> counts(labels, 0);
    for (const Example& e : split.examples)
        ++counts[static_cast<std::size_t>(e.label)];
    return counts;
}

} // namespace

TEST(SplitMix64, MatchesTheReferenceSequence) {
    // Published outputs of Vigna's splitmix64.c for seed 1234567.
    SplitMix64 random(1234567);
    EXPECT_EQ(random.next(), 6457827717110365317ull);
    EXPECT_EQ(random.next(), 3203168211198807973ull);
    EXPECT_EQ(random.next(), 9817491932198370423ull);
    EXPECT_EQ(random.next(), 4593380528125082431ull);
    EXPECT_EQ(random.next(), 16408922859458223821ull);
}

TEST(StratifiedSplitter, KeepsEachLabelsShareInEveryPart) {
    const auto parts = StratifiedSplitter::split(skewedExamples(), 4, 0.1, 0.2, 42);
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0].name, "train");
    EXPECT_EQ(parts[1].name, "validation");
    EXPECT_EQ(parts[2].name, "test");
    EXPECT_EQ(countsOf(parts[1], 4), (std::vector<std::int64_t>{50, 30, 15, 5}));
    EXPECT_EQ(countsOf(parts[2], 4), (std::vector<std::int64_t>{100, 60, 30, 10}));
    EXPECT_EQ(countsOf(parts[0], 4), (std::vector<std::int64_t>{350, 210, 105, 35}));
    // Each part keeps the source order.
    for (const Split& part : parts)
        for (std::size_t i = 1; i < part.examples.size(); ++i)
            EXPECT_LT(part.examples[i - 1].line, part.examples[i].line);
}

TEST(StratifiedSplitter, IsDeterministicAndSeeded) {
    const auto a = StratifiedSplitter::split(skewedExamples(), 4, 0.1, 0.0, 7);
    const auto b = StratifiedSplitter::split(skewedExamples(), 4, 0.1, 0.0, 7);
    const auto c = StratifiedSplitter::split(skewedExamples(), 4, 0.1, 0.0, 8);
    ASSERT_EQ(a.size(), 2u);
    std::vector<std::int64_t> linesA, linesB, linesC;
    for (const Example& e : a[1].examples)
        linesA.push_back(e.line);
    for (const Example& e : b[1].examples)
        linesB.push_back(e.line);
    for (const Example& e : c[1].examples)
        linesC.push_back(e.line);
    EXPECT_EQ(linesA, linesB);
    EXPECT_NE(linesA, linesC);
    // Golden: the same on every machine and standard library.
    EXPECT_EQ(std::vector<std::int64_t>(linesA.begin(), linesA.begin() + 5),
              (std::vector<std::int64_t>{4, 12, 18, 28, 32}));
}

TEST(StratifiedSplitter, EveryLabelKeepsATrainingExample) {
    const std::vector<Example> tiny = {{"a", 0, 1}, {"b", 1, 2}, {"c", 1, 3}};
    const auto parts = StratifiedSplitter::split(tiny, 2, 0.5, 0.4, 1);
    EXPECT_EQ(countsOf(parts[0], 2), (std::vector<std::int64_t>{1, 1}));
    EXPECT_EQ(parts[1].examples.size() + parts[2].examples.size(), 1u);
}
