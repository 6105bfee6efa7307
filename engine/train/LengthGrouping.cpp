// Length-grouped batching. Reference: transformers trainer_pt_utils.py
// get_length_grouped_indices (mega_batch_mult = min(n / (4·bs), 50)); what differs: the batch
// order is shuffled as a whole instead of only moving the longest batch first.
#include "train/LengthGrouping.h"

#include <algorithm>
#include <random>

namespace litetune {

namespace {

// SplitMix64: spreads (seed, epoch) into unrelated generator seeds.
std::uint64_t mix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

template <typename T> void shuffleInPlace(std::vector<T>& items, std::mt19937_64& rng) {
    for (std::size_t i = items.size(); i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>(rng() % i);
        std::swap(items[i - 1], items[j]);
    }
}

std::vector<BatchIndices> cut(const std::vector<std::int64_t>& order, std::size_t batch) {
    std::vector<BatchIndices> batches;
    for (std::size_t begin = 0; begin < order.size(); begin += batch)
        batches.emplace_back(order.begin() + static_cast<std::ptrdiff_t>(begin),
                             order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), begin + batch)));
    return batches;
}

void sortByLengthDescending(std::vector<std::int64_t>::iterator begin, std::vector<std::int64_t>::iterator end,
                            const std::vector<std::int64_t>& lengths) {
    std::stable_sort(begin, end, [&](std::int64_t a, std::int64_t b) {
        return lengths[static_cast<std::size_t>(a)] > lengths[static_cast<std::size_t>(b)];
    });
}

std::uint64_t epochSeedOf(std::uint64_t seed, std::int64_t epoch) {
    return mix(seed) ^ mix(static_cast<std::uint64_t>(epoch) + 0x51ed2701ULL);
}

} // namespace

std::vector<std::int64_t> seededPermutation(std::int64_t n, std::uint64_t seed) {
    std::vector<std::int64_t> order(static_cast<std::size_t>(std::max<std::int64_t>(n, 0)));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<std::int64_t>(i);
    std::mt19937_64 rng(mix(seed));
    shuffleInPlace(order, rng);
    return order;
}

std::vector<BatchIndices> lengthGroupedBatches(const std::vector<std::int64_t>& lengths, int batchSize,
                                               std::uint64_t seed, std::int64_t epoch) {
    const std::size_t batch = static_cast<std::size_t>(std::max(1, batchSize));
    const std::uint64_t epochSeed = epochSeedOf(seed, epoch);
    std::vector<std::int64_t> order = seededPermutation(static_cast<std::int64_t>(lengths.size()), epochSeed);

    const std::size_t megaMult = std::clamp<std::size_t>(lengths.size() / (4 * batch), 1, 50);
    const std::size_t mega = megaMult * batch;
    for (std::size_t begin = 0; begin < order.size(); begin += mega) {
        const auto first = order.begin() + static_cast<std::ptrdiff_t>(begin);
        const auto last = order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), begin + mega));
        sortByLengthDescending(first, last, lengths);
    }
    std::vector<BatchIndices> batches = cut(order, batch);
    std::mt19937_64 rng(mix(epochSeed + 1));
    shuffleInPlace(batches, rng);
    return batches;
}

std::vector<BatchIndices> trainingBatches(SamplingStrategy strategy, const std::vector<std::int64_t>& lengths,
                                          int batchSize, std::uint64_t seed, std::int64_t epoch) {
    const std::size_t batch = static_cast<std::size_t>(std::max(1, batchSize));
    const auto n = static_cast<std::int64_t>(lengths.size());
    switch (strategy) {
    case SamplingStrategy::GroupByLength:
        break;
    case SamplingStrategy::Random:
        return cut(seededPermutation(n, epochSeedOf(seed, epoch)), batch);
    case SamplingStrategy::Sequential: {
        std::vector<std::int64_t> order(lengths.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = static_cast<std::int64_t>(i);
        return cut(order, batch);
    }
    }
    return lengthGroupedBatches(lengths, batchSize, seed, epoch);
}

std::vector<BatchIndices> evalBatches(const std::vector<std::int64_t>& lengths, int batchSize, std::int64_t window) {
    const std::size_t batch = static_cast<std::size_t>(std::max(1, batchSize));
    const std::size_t span = static_cast<std::size_t>(std::max<std::int64_t>(window, 1));
    std::vector<BatchIndices> batches;
    for (std::size_t begin = 0; begin < lengths.size(); begin += span) {
        std::vector<std::int64_t> order;
        for (std::size_t i = begin; i < std::min(lengths.size(), begin + span); ++i)
            order.push_back(static_cast<std::int64_t>(i));
        sortByLengthDescending(order.begin(), order.end(), lengths);
        for (auto& b : cut(order, batch))
            batches.push_back(std::move(b));
    }
    return batches;
}

} // namespace litetune
