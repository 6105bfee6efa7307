// MetricsAccumulator: collects an evaluation batch by batch (true label, predicted label,
// probability, per-example loss) into confusion counts and a loss sum, then builds the
// EvalReport. It never holds logits, so evaluating 5,000 or 5 million rows costs the same memory.
// Reference: the Trainer's evaluation loop (eval_loss = sample-weighted mean of batch means).
#pragma once

#include "api/Results.h"

#include <cstdint>
#include <string>
#include <vector>

namespace litetune {

class MetricsAccumulator {
public:
    explicit MetricsAccumulator(int numClasses);

    // One example; label -1 (unknown) counts towards samples but not towards the scores or loss.
    void add(int label, int predicted, double loss);
    void addBatch(const std::vector<int>& labels, const std::vector<int>& predicted, const std::vector<float>& losses);

    std::int64_t samples() const { return m_samples; }
    std::int64_t labelledSamples() const { return m_labelled; }
    double meanLoss() const;
    const std::vector<std::int64_t>& confusion() const { return m_confusion; }

    // The report's scores, labels and confusion; timings from `seconds` with the Trainer's rules.
    EvalReport report(const std::vector<std::string>& labelNames, const std::string& split, double seconds,
                      std::int64_t batchSize) const;

private:
    int m_numClasses;
    std::vector<std::int64_t> m_confusion;
    std::int64_t m_samples = 0;
    std::int64_t m_labelled = 0;
    double m_lossSum = 0.0;
};

} // namespace litetune
