// Tokenization of a split for training and evaluation. "<|endoftext|>" inside a text is read as
// the special token, as the Hugging Face GPT-2 tokenizer does in the reference experiment.
#include "train/TokenizedSplit.h"

#include "util/Error.h"

#include <algorithm>

namespace litetune {

TokenizedSplit tokenizeSplit(const Split& split, const Tokenizer& tokenizer, std::int64_t maxLength,
                             const std::vector<int>& labelMap, std::int64_t limit) {
    if (maxLength < 1)
        throwBadInput("--max-length must be at least 1, got " + std::to_string(maxLength));
    TokenizedSplit out;
    out.name = split.name;
    const std::size_t rows = limit > 0 ? std::min<std::size_t>(split.examples.size(), static_cast<std::size_t>(limit))
                                       : split.examples.size();
    out.tokens.reserve(rows);
    out.labels.reserve(rows);
    out.lengths.reserve(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        const Example& example = split.examples[i];
        std::vector<std::int32_t> ids = tokenizer.encode(example.text);
        if (static_cast<std::int64_t>(ids.size()) > maxLength) {
            ids.resize(static_cast<std::size_t>(maxLength));
            ++out.truncated;
        }
        int label = example.label;
        if (label >= 0 && !labelMap.empty()) {
            if (static_cast<std::size_t>(label) >= labelMap.size())
                throwFailure("label index " + std::to_string(label) + " has no model class");
            label = labelMap[static_cast<std::size_t>(label)];
        }
        out.lengths.push_back(std::max<std::int64_t>(1, static_cast<std::int64_t>(ids.size())));
        out.tokens.push_back(std::move(ids));
        out.labels.push_back(label);
    }
    return out;
}

std::vector<std::int64_t> classCounts(const TokenizedSplit& split, int numClasses) {
    std::vector<std::int64_t> counts(static_cast<std::size_t>(std::max(numClasses, 0)), 0);
    for (const int label : split.labels)
        if (label >= 0 && label < numClasses)
            ++counts[static_cast<std::size_t>(label)];
    return counts;
}

} // namespace litetune
