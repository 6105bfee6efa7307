// TokenizedSplit: one dataset split as token ids (truncated on the right to max_length, as the
// Hugging Face tokenizer's truncation=True does), class ids in the model's label order, and
// lengths for batching. Holds ids only, never tensors: batches are built per step.
#pragma once

#include "api/Dataset.h"
#include "api/Tokenizer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace litetune {

struct TokenizedSplit {
    std::string name;
    std::vector<std::vector<std::int32_t>> tokens;
    std::vector<int> labels;           // model class ids; -1 where unknown
    std::vector<std::int64_t> lengths; // tokens[i].size(), at least 1
    std::int64_t truncated = 0;        // rows cut at max_length

    std::int64_t size() const { return static_cast<std::int64_t>(tokens.size()); }
};

// `labelMap[d]` is the model class of dataset label d (identity when empty). `limit` > 0 keeps
// only the first `limit` rows (--limit-train/--limit-eval).
TokenizedSplit tokenizeSplit(const Split& split, const Tokenizer& tokenizer, std::int64_t maxLength,
                             const std::vector<int>& labelMap = {}, std::int64_t limit = 0);

// Per-class counts of a split's labels (unknown labels ignored).
std::vector<std::int64_t> classCounts(const TokenizedSplit& split, int numClasses);

} // namespace litetune
