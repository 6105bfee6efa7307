// Encoding a split for training and evaluation on top of engine/data's TokenCache.
// "<|endoftext|>" inside a text is read as the special token, as the Hugging Face GPT-2
// tokenizer does in the reference experiment (TokenCache's rule).
#include "train/EncodedSplit.h"

#include "data/TokenCache.h"
#include "util/Error.h"
#include "util/HomeDirectory.h"

#include <algorithm>
#include <cstdlib>

namespace litetune {

EncodedSplit encodeSplit(const Split& split, const Tokenizer& tokenizer, const std::string& tokenizerIdentity,
                         std::int64_t maxLength, const std::vector<int>& labelMap, std::int64_t limit,
                         const std::filesystem::path& cacheDir) {
    if (maxLength < 1)
        throwBadInput("--max-length must be at least 1, got " + std::to_string(maxLength));
    Split kept;
    kept.name = split.name;
    const std::size_t rows = limit > 0 ? std::min<std::size_t>(split.examples.size(), static_cast<std::size_t>(limit))
                                       : split.examples.size();
    kept.examples.assign(split.examples.begin(), split.examples.begin() + static_cast<std::ptrdiff_t>(rows));
    TokenizedSplit tokenized = TokenCache(cacheDir).tokenize(kept, tokenizer, tokenizerIdentity, maxLength);

    EncodedSplit out;
    out.name = split.name;
    out.tokens = std::move(tokenized.ids);
    out.labels.reserve(rows);
    out.lengths.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        int label = kept.examples[i].label;
        if (label >= 0 && !labelMap.empty()) {
            if (static_cast<std::size_t>(label) >= labelMap.size())
                throwFailure("dataset label index " + std::to_string(label) + " has no model class");
            label = labelMap[static_cast<std::size_t>(label)];
        }
        out.labels.push_back(label);
        out.lengths.push_back(std::max<std::int64_t>(1, static_cast<std::int64_t>(out.tokens[i].size())));
        if (tokenized.lengths[i] > maxLength)
            ++out.truncated;
    }
    return out;
}

std::vector<std::int64_t> classCounts(const EncodedSplit& split, int numClasses) {
    std::vector<std::int64_t> counts(static_cast<std::size_t>(std::max(numClasses, 0)), 0);
    for (const int label : split.labels)
        if (label >= 0 && label < numClasses)
            ++counts[static_cast<std::size_t>(label)];
    return counts;
}

std::filesystem::path defaultTokenCacheDir() {
    if (const char* dir = std::getenv("LITETUNE_CACHE"); dir && *dir)
        return std::filesystem::path(dir) / "tokens";
    if (const char* dir = std::getenv("XDG_CACHE_HOME"); dir && *dir)
        return std::filesystem::path(dir) / "LiteTune" / "tokens";
    const std::filesystem::path home = homeDirectory();
    if (home.empty())
        return {}; // no cache rather than one in the current folder
    return home / ".cache" / "LiteTune" / "tokens";
}

} // namespace litetune
