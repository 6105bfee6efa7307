// DataChecks: see the header.
#include "data/DataChecks.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace litetune {

std::vector<std::string> datasetWarnings(const Dataset& dataset) {
    std::vector<std::string> warnings;
    const Split* train = dataset.split("train");
    const Split* validation = dataset.split("validation");
    if (train && !train->examples.empty() && (!validation || validation->examples.empty()))
        warnings.push_back("warning: " + dataset.source +
                           " gives no validation examples, so the run measures nothing; give more rows or a "
                           "larger validation fraction");
    if (!train)
        return warnings;
    std::unordered_map<std::string_view, int> labelOf;
    std::unordered_set<std::string_view> conflicting;
    for (const Example& example : train->examples) {
        const auto [it, inserted] = labelOf.emplace(example.text, example.label);
        if (!inserted && it->second != example.label)
            conflicting.insert(example.text);
    }
    if (!conflicting.empty())
        warnings.push_back("warning: " + std::to_string(conflicting.size()) + " training text(s) of " + dataset.source +
                           " carry more than one label, e.g. \"" + std::string(*conflicting.begin()).substr(0, 80) +
                           "\"");
    if (validation) {
        std::int64_t shared = 0;
        for (const Example& example : validation->examples)
            shared += labelOf.count(example.text) ? 1 : 0;
        if (shared > 0)
            warnings.push_back("warning: " + std::to_string(shared) + " of " +
                               std::to_string(validation->examples.size()) + " validation texts of " + dataset.source +
                               " are also training texts; the scores overstate what the model "
                               "learned");
    }
    return warnings;
}

} // namespace litetune
