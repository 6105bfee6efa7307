// RunHistory: the curves of a finished run, read from its history.csv (step, loss, learning
// rate, evaluation metrics), for overlaying earlier runs on the live plot. Columns are found
// by name (Trainer names first), so extra or reordered columns do not matter.
#pragma once

#include <QString>
#include <QVector>

struct RunHistory {
    QVector<double> trainSteps, trainLoss, learningRate;
    QVector<double> evalSteps, evalLoss, evalAccuracy;

    bool isEmpty() const { return trainSteps.isEmpty() && evalSteps.isEmpty(); }

    // Reads RUN_DIR/history.csv; an unreadable file gives an empty history and a message.
    static RunHistory read(const QString& runDir, QString* errorMessage = nullptr);
    // Parses CSV text with a header line.
    static RunHistory parse(const QString& csvText);
};
