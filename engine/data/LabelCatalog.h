// LabelCatalog: the ordered label list of a dataset and the name → index lookup. The order is a
// contract (a label's index is its class id in every run), so it must not depend on the
// machine, the seed or the order of rows:
//   1. a fixed list when the source carries one (TweetEval's mapping.txt, the demo topics);
//   2. else, when every label is an integer, numeric order;
//   3. else descending frequency in the training rows, ties broken by byte-wise name order.
// Glyphs come from EmojiTable. Deliberately no merging of near-duplicate names.
#pragma once

#include "api/Dataset.h"

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace litetune {

class LabelCatalog {
public:
    // From label values and their counts in the training rows (rules 2 and 3).
    static LabelCatalog fromCounts(const std::map<std::string, std::int64_t>& counts);
    // A fixed order (rule 1); glyphs left empty are looked up by name.
    static LabelCatalog fromList(std::vector<LabelInfo> labels);

    int indexOf(const std::string& name) const; // -1 when unknown
    const std::vector<LabelInfo>& labels() const { return m_labels; }

private:
    void index();
    std::vector<LabelInfo> m_labels;
    std::unordered_map<std::string, int> m_index;
};

} // namespace litetune
