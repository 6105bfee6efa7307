// TweetEvalReader: a TweetEval task folder — {train,val,test}_text.txt and _labels.txt, line for
// line, plus mapping.txt ("id<TAB>glyph<TAB>name", or "id<TAB>name" as in the sentiment task).
// Labels follow mapping.txt's id order; names lose TweetEval's surrounding underscores
// ("_red_heart_" → "red_heart") so they equal the tweet/emoji CSV's names. Texts lose trailing
// whitespace: every TweetEval line ends with a space the CSV version does not have. Without
// mapping.txt the labels are the integers found in train, in numeric order.
// Deliberately strict: text and label files must have the same number of lines.
// Reference: github.com/cardiffnlp/tweeteval datasets/<task>/ (Barbieri et al., EMNLP 2020).
#pragma once

#include "api/Dataset.h"
#include "data/BadRowLog.h"
#include "data/DataSource.h"

#include <string>
#include <vector>

namespace litetune {

class TweetEvalReader {
public:
    // Whether the names hold at least one {split}_text.txt with its {split}_labels.txt.
    static bool matches(const std::vector<std::string>& names);
    // Fills labels and splits; bad rows go to `log`.
    static void read(const DataSource& source, Dataset& dataset, BadRowLog& log);
};

} // namespace litetune
