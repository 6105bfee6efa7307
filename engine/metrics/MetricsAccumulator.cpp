// Streaming evaluation counts. Reference: transformers trainer.py evaluation_loop (losses are
// per-batch means repeated batch-size times, i.e. a per-example mean); sklearn for the scores.
#include "metrics/MetricsAccumulator.h"

#include "metrics/ClassificationScores.h"
#include "metrics/SpeedMetrics.h"
#include "util/Error.h"

namespace litetune {

MetricsAccumulator::MetricsAccumulator(int numClasses)
    : m_numClasses(numClasses)
    , m_confusion(static_cast<std::size_t>(numClasses) * static_cast<std::size_t>(numClasses), 0) {
    if (numClasses < 1)
        throwFailure("an evaluation needs at least one class, got " + std::to_string(numClasses));
}

void MetricsAccumulator::add(int label, int predicted, double loss) {
    ++m_samples;
    if (label < 0)
        return;
    if (label >= m_numClasses || predicted < 0 || predicted >= m_numClasses)
        throwFailure("label " + std::to_string(label) + " or prediction " + std::to_string(predicted) +
                     " is outside the " + std::to_string(m_numClasses) + " classes");
    ++m_labelled;
    m_lossSum += loss;
    ++m_confusion[static_cast<std::size_t>(label) * static_cast<std::size_t>(m_numClasses) +
                  static_cast<std::size_t>(predicted)];
}

void MetricsAccumulator::addBatch(const std::vector<int>& labels, const std::vector<int>& predicted,
                                  const std::vector<float>& losses) {
    if (labels.size() != predicted.size() || labels.size() != losses.size())
        throwFailure("an evaluation batch has " + std::to_string(labels.size()) + " labels, " +
                     std::to_string(predicted.size()) + " predictions and " + std::to_string(losses.size()) +
                     " losses");
    for (std::size_t i = 0; i < labels.size(); ++i)
        add(labels[i], predicted[i], losses[i]);
}

double MetricsAccumulator::meanLoss() const {
    return m_labelled == 0 ? 0.0 : m_lossSum / static_cast<double>(m_labelled);
}

EvalReport MetricsAccumulator::report(const std::vector<std::string>& labelNames, const std::string& split,
                                      double seconds, std::int64_t batchSize) const {
    const ClassificationScores scores = scoreConfusion(m_confusion, m_numClasses);
    EvalReport r;
    r.split = split;
    r.samples = m_samples;
    r.loss = meanLoss();
    r.accuracy = scores.accuracy;
    r.precisionWeighted = scores.precisionWeighted;
    r.recallWeighted = scores.recallWeighted;
    r.f1Weighted = scores.f1Weighted;
    r.precisionMacro = scores.precisionMacro;
    r.recallMacro = scores.recallMacro;
    r.f1Macro = scores.f1Macro;
    const SpeedMetrics speed = evalSpeedMetrics(seconds, m_samples, batchSize);
    r.runtimeSeconds = speed.runtime;
    r.samplesPerSecond = speed.samplesPerSecond;
    r.stepsPerSecond = speed.stepsPerSecond;
    r.labels = labelNames;
    r.labels.resize(static_cast<std::size_t>(m_numClasses));
    for (std::size_t i = labelNames.size(); i < r.labels.size(); ++i)
        r.labels[i] = "LABEL_" + std::to_string(i);
    r.perClassPrecision = scores.precision;
    r.perClassRecall = scores.recall;
    r.perClassF1 = scores.f1;
    r.support = scores.support;
    r.confusion = m_confusion;
    return r;
}

} // namespace litetune
