// EncodedSplit: one dataset split as the trainer consumes it — token ids truncated on the right
// to max_length (the Hugging Face tokenizer's truncation=True), class ids in the model's label
// order, and the truncated lengths used for batching. Tokenization goes through engine/data's
// TokenCache, so a second run on the same data skips it. Holds ids only, never tensors.
#pragma once

#include "api/Dataset.h"
#include "api/Tokenizer.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace litetune {

struct EncodedSplit {
    std::string name;
    std::vector<std::vector<std::int32_t>> tokens;
    std::vector<int> labels;           // model class ids; -1 where unknown
    std::vector<std::int64_t> lengths; // tokens[i].size(), at least 1
    std::int64_t truncated = 0;        // rows cut at max_length

    std::int64_t size() const { return static_cast<std::int64_t>(tokens.size()); }
};

// `labelMap[d]` is the model class of dataset label d (identity when empty). `limit` > 0 keeps
// only the first `limit` rows (--limit-train/--limit-eval). `cacheDir` empty: no disk cache.
EncodedSplit encodeSplit(const Split& split, const Tokenizer& tokenizer, const std::string& tokenizerIdentity,
                         std::int64_t maxLength, const std::vector<int>& labelMap = {}, std::int64_t limit = 0,
                         const std::filesystem::path& cacheDir = {});

// Per-class counts of a split's labels (unknown labels ignored).
std::vector<std::int64_t> classCounts(const EncodedSplit& split, int numClasses);

// Where token caches live: $LITETUNE_CACHE/tokens, else $XDG_CACHE_HOME/LiteTune/tokens, else
// ~/.cache/LiteTune/tokens.
std::filesystem::path defaultTokenCacheDir();

} // namespace litetune
