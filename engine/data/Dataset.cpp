// Dataset: the value accessors of api/Dataset.h and loadDataset, which hands over to
// DatasetReader (the rules of sources, labels and splits live there).
#include "api/Dataset.h"

#include "data/ContentHash.h"
#include "data/DatasetReader.h"

namespace litetune {

const Split* Dataset::split(const std::string& name) const {
    for (const Split& s : splits)
        if (s.name == name)
            return &s;
    return nullptr;
}

// Examples per label in the named split; an empty name counts every split; an unknown split
// gives an empty vector.
std::vector<std::int64_t> Dataset::labelCounts(const std::string& splitName) const {
    std::vector<std::int64_t> counts;
    const Split* one = splitName.empty() ? nullptr : split(splitName);
    if (!splitName.empty() && !one)
        return counts;
    counts.assign(labels.size(), 0);
    for (const Split& s : splits) {
        if (one && &s != one)
            continue;
        for (const Example& example : s.examples)
            if (example.label >= 0 && static_cast<std::size_t>(example.label) < counts.size())
                ++counts[static_cast<std::size_t>(example.label)];
    }
    return counts;
}

Dataset loadDataset(const DatasetOptions& options) {
    return DatasetReader(options).read();
}

Dataset loadDataset(const DatasetOptions& options, const LoadControl& control) {
    return DatasetReader(options, control).read();
}

std::vector<std::string> datasetColumns(const DatasetOptions& options) {
    return DatasetReader(options).columns();
}

std::string datasetFingerprint(const Dataset& dataset) {
    ContentHash hash;
    hash.add(static_cast<std::uint64_t>(dataset.labels.size()));
    for (const LabelInfo& label : dataset.labels)
        hash.add(label.name);
    hash.add(static_cast<std::uint64_t>(dataset.splits.size()));
    for (const Split& split : dataset.splits) {
        hash.add(split.name);
        hash.add(static_cast<std::uint64_t>(split.examples.size()));
        for (const Example& example : split.examples) {
            hash.add(example.text);
            hash.add(static_cast<std::uint64_t>(static_cast<std::int64_t>(example.label)));
        }
    }
    return hash.hex();
}

} // namespace litetune
