// Dynamic right padding of one batch. Built on the CPU, then moved to the device in one copy per tensor.
#include "train/TokenBatch.h"

#include "util/Error.h"

#include <algorithm>

namespace litetune {

TokenBatch collateBatch(const std::vector<std::vector<std::int32_t>>& tokens, const std::vector<int>& labels,
                        const std::vector<std::int64_t>& indices, std::int64_t padId, const torch::Device& device) {
    const auto B = static_cast<std::int64_t>(indices.size());
    std::int64_t T = 1;
    for (const auto i : indices) {
        if (i < 0 || static_cast<std::size_t>(i) >= tokens.size())
            throwFailure("batch index " + std::to_string(i) + " is outside the split's " +
                         std::to_string(tokens.size()) + " rows");
        T = std::max<std::int64_t>(T, static_cast<std::int64_t>(tokens[static_cast<std::size_t>(i)].size()));
    }
    TokenBatch batch;
    batch.indices = indices;
    auto ids = torch::full({B, T}, padId, torch::kInt64);
    auto lengths = torch::empty({B}, torch::kInt64);
    auto targets = torch::empty({B}, torch::kInt64);
    auto* idData = ids.data_ptr<std::int64_t>();
    auto* lengthData = lengths.data_ptr<std::int64_t>();
    auto* targetData = targets.data_ptr<std::int64_t>();
    for (std::int64_t b = 0; b < B; ++b) {
        const auto row = static_cast<std::size_t>(indices[static_cast<std::size_t>(b)]);
        const auto& seq = tokens[row];
        std::copy(seq.begin(), seq.end(), idData + b * T);
        lengthData[b] = std::max<std::int64_t>(1, static_cast<std::int64_t>(seq.size()));
        batch.realTokens += lengthData[b];
        const int label = row < labels.size() ? labels[row] : -1;
        targetData[b] = label < 0 ? -100 : label;
    }
    const bool toDevice = !device.is_cpu();
    batch.inputIds = toDevice ? ids.to(device) : ids;
    batch.lengths = toDevice ? lengths.to(device) : lengths;
    batch.labels = toDevice ? targets.to(device) : targets;
    return batch;
}

} // namespace litetune
