// RunHistory: the curves of a finished run (step, loss, learning rate, evaluation metrics), for
// overlaying earlier runs on the live plot. The engine reads history.csv (readRunHistory in
// engine/api/RunHistory.h); this only splits its rows into training and evaluation curves.
#pragma once

#include "api/RunHistory.h"

#include <QString>
#include <QVector>

#include <vector>

struct RunHistory {
    QVector<double> trainSteps, trainLoss, learningRate;
    QVector<double> evalSteps, evalLoss, evalAccuracy;

    bool isEmpty() const { return trainSteps.isEmpty() && evalSteps.isEmpty(); }

    // Reads RUN_DIR/history.csv; a missing or damaged file gives an empty history and the
    // engine's message, which names the file and line.
    static RunHistory read(const QString& runDir, QString* errorMessage = nullptr);
    static RunHistory fromPoints(const std::vector<litetune::HistoryPoint>& points);
};
