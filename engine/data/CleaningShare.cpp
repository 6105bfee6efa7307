// cleaningShare (api/Dataset.h): how much of a split TextCleaner would rewrite. Kept apart from
// Dataset.cpp because it reads every text, which only the dataset browser's warning needs.
#include "api/Dataset.h"

#include "data/TextCleaner.h"

#include <algorithm>

namespace litetune {

double cleaningShare(const Split& split) {
    if (split.examples.empty())
        return 0.0;
    const auto changed = std::count_if(split.examples.begin(), split.examples.end(),
                                       [](const Example& example) { return TextCleaner::changes(example.text); });
    return static_cast<double>(changed) / static_cast<double>(split.examples.size());
}

} // namespace litetune
