// Per-class precision/recall/F1 from confusion counts, then weighted and macro averages with
// scikit-learn's zero_division=0 rule. Reference: sklearn/metrics/_classification.py.
#include "metrics/ClassificationScores.h"

#include "util/Error.h"

#include <string>

namespace litetune {

namespace {

double ratio(std::int64_t numerator, std::int64_t denominator) {
    return denominator == 0 ? 0.0 : static_cast<double>(numerator) / static_cast<double>(denominator);
}

} // namespace

ClassificationScores scoreConfusion(const std::vector<std::int64_t>& confusion, int numClasses) {
    const auto n = static_cast<std::size_t>(numClasses < 0 ? 0 : numClasses);
    if (confusion.size() != n * n)
        throwFailure("confusion matrix has " + std::to_string(confusion.size()) + " cells, expected " +
                     std::to_string(n * n) + " for " + std::to_string(n) + " classes");

    ClassificationScores s;
    s.precision.assign(n, 0.0);
    s.recall.assign(n, 0.0);
    s.f1.assign(n, 0.0);
    s.support.assign(n, 0);
    std::vector<std::int64_t> predicted(n, 0);
    std::int64_t correct = 0;
    for (std::size_t t = 0; t < n; ++t) {
        for (std::size_t p = 0; p < n; ++p) {
            const std::int64_t count = confusion[t * n + p];
            s.support[t] += count;
            predicted[p] += count;
            s.samples += count;
        }
        correct += confusion[t * n + t];
    }
    s.accuracy = ratio(correct, s.samples);

    int present = 0;
    for (std::size_t c = 0; c < n; ++c) {
        const std::int64_t tp = confusion[c * n + c];
        s.precision[c] = ratio(tp, predicted[c]);
        s.recall[c] = ratio(tp, s.support[c]);
        // 2tp / (2tp + fp + fn): equal to 2PR/(P+R) where defined, 0 when nothing was seen.
        s.f1[c] = ratio(2 * tp, s.support[c] + predicted[c]);
        if (s.support[c] > 0 || predicted[c] > 0) {
            ++present;
            s.precisionMacro += s.precision[c];
            s.recallMacro += s.recall[c];
            s.f1Macro += s.f1[c];
        }
        const double weight = static_cast<double>(s.support[c]);
        s.precisionWeighted += s.precision[c] * weight;
        s.recallWeighted += s.recall[c] * weight;
        s.f1Weighted += s.f1[c] * weight;
    }
    if (present > 0) {
        s.precisionMacro /= present;
        s.recallMacro /= present;
        s.f1Macro /= present;
    }
    if (s.samples > 0) {
        const double total = static_cast<double>(s.samples);
        s.precisionWeighted /= total;
        s.recallWeighted /= total;
        s.f1Weighted /= total;
    }
    return s;
}

} // namespace litetune
