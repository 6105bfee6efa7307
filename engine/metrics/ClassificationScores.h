// ClassificationScores: accuracy and precision/recall/F1 (per class, weighted, macro) from a
// confusion matrix, as scikit-learn's precision_recall_fscore_support computes them with
// zero_division=0. Pure arithmetic on counts; it does not see logits or losses.
// Reference: scikit-learn sklearn/metrics/_classification.py (average="weighted"/"macro").
#pragma once

#include <cstdint>
#include <vector>

namespace litetune {

struct ClassificationScores {
    std::int64_t samples = 0;
    double accuracy = 0.0;
    double precisionWeighted = 0.0;
    double recallWeighted = 0.0;
    double f1Weighted = 0.0;
    double precisionMacro = 0.0;
    double recallMacro = 0.0;
    double f1Macro = 0.0;
    std::vector<double> precision; // per class; 0 where the class was never predicted
    std::vector<double> recall;    // per class; 0 where the class never occurs
    std::vector<double> f1;
    std::vector<std::int64_t> support; // true occurrences per class
};

// `confusion` is row-major [true][predicted], numClasses × numClasses. Macro averages run over
// the classes present in the true or the predicted labels (scikit-learn's labels=None), so a
// class absent from both does not drag the average down; weighted averages use the support.
ClassificationScores scoreConfusion(const std::vector<std::int64_t>& confusion, int numClasses);

} // namespace litetune
