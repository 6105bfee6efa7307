#include "runs/RunHistory.h"

#include "bridge/EngineTypes.h"

#include <exception>

RunHistory RunHistory::read(const QString& runDir, QString* errorMessage) {
    // A damaged file in an old run folder must not take the window down with it: the overlay
    // is optional, so the caller logs the message and shows nothing.
    try {
        return fromPoints(litetune::readRunHistory(toStdString(runDir)));
    } catch (const std::exception& error) {
        if (errorMessage) {
            *errorMessage = QString::fromUtf8(error.what());
        }
        return {};
    }
}

RunHistory RunHistory::fromPoints(const std::vector<litetune::HistoryPoint>& points) {
    RunHistory history;
    for (const auto& point : points) {
        const auto step = static_cast<double>(point.step);
        if (point.loss) {
            history.trainSteps.append(step);
            history.trainLoss.append(*point.loss);
            history.learningRate.append(point.learningRate.value_or(0.0));
        }
        if (point.evalLoss) {
            history.evalSteps.append(step);
            history.evalLoss.append(*point.evalLoss);
            history.evalAccuracy.append(point.evalAccuracy.value_or(0.0));
        }
    }
    return history;
}
