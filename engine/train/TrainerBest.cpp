// The Trainer's best evaluation (metric_for_best_model) and load_best_model_at_end, beside
// Trainer.cpp's loop. Reference: transformers trainer.py _determine_best_metric,
// _load_best_model; trainer_callback.py EarlyStoppingCallback (strict improvement).
#include "train/Checkpoint.h"
#include "train/Trainer.h"

#include <cstdio>

namespace litetune {

namespace {

std::string formatValue(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", v);
    return text;
}

} // namespace

bool Trainer::trackBest(const EvalReport& report) {
    const auto metrics = report.trainerMetrics();
    const auto found = metrics.find(m_config.metricForBestModel);
    if (found == metrics.end())
        return false;
    const double value = found->second;
    // Strictly better, as the Trainer's operator.gt / operator.lt: a tie keeps the earlier step.
    const bool improved =
        !m_state.haveBest ||
        (greaterIsBetter(m_config.metricForBestModel) ? value > m_state.bestMetric : value < m_state.bestMetric);
    if (!improved) {
        m_state.evalsWithoutImprovement += 1;
        return false;
    }
    m_state.haveBest = true;
    m_state.bestMetric = value;
    m_state.bestGlobalStep = report.step;
    m_state.evalsWithoutImprovement = 0;
    return true;
}

bool Trainer::restoreBestModel() {
    // The last step competes too: it is evaluated (and saved) when the cadence skipped it.
    if (m_state.lastEvalStep != m_state.globalStep && m_state.globalStep > 0) {
        trackBest(evaluate());
        checkpoint();
    }
    // The last step's own checkpoint comes first, so a resume continues from it and not from the
    // restored weights.
    if (m_state.globalStep > 0 && !hasCheckpointAt(m_state.globalStep))
        checkpoint();
    // A data-parallel worker other than rank 0 has no run folder: it gets the weights from rank 0.
    if (!m_state.haveBest || m_state.bestGlobalStep < 0 || (m_setup.runDir.empty() && !m_setup.workers))
        return false;
    if (m_state.bestGlobalStep == m_state.globalStep) {
        m_observer.logged("the best evaluation (" + m_config.metricForBestModel + " " +
                          formatValue(m_state.bestMetric) + ") is the last step's: its weights stay");
        return true;
    }
    if (!m_setup.runDir.empty()) {
        const auto dir = checkpointPath(m_setup.runDir, m_state.bestGlobalStep);
        loadCheckpointWeights(dir, m_named);
        m_observer.logged("loaded the best model of step " + std::to_string(m_state.bestGlobalStep) + " (" +
                          m_config.metricForBestModel + " " + formatValue(m_state.bestMetric) + ") from " +
                          dir.string());
    }
    if (m_setup.workers)
        m_setup.workers->broadcastFromFirst(m_params);
    // The final evaluation and predictions.csv are the best model's, reported at its step: its
    // history row is the same evaluation again, and the last step's row keeps its own numbers.
    m_lastEval = evaluate(m_state.bestGlobalStep);
    return true;
}

} // namespace litetune
