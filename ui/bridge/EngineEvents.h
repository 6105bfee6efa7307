// EngineEvents: what the engine thread tells the GUI, declared once. EngineWorker emits these on
// the engine thread; EngineController, which derives from this class too, relays each one to the
// GUI thread as the same signal (EngineController.cpp connects them by their meta-methods), so a
// new event is declared here and nowhere else. Signals only the worker or only the controller has
// (command bookkeeping, busy state, runtime facts) stay in those classes.
#pragma once

#include "bridge/EngineTypes.h"

#include <QObject>
#include <QStringList>

class EngineEvents : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void datasetLoaded(const DatasetHandle& dataset, const litetune::DatasetOptions& options);
    void datasetFailed(const litetune::DatasetOptions& options, const QString& message);
    // How far loadDataset or loadTextCorpus has come (litetune::LoadProgress): bytes of its files
    // parsed of totalBytes (0: not known) and rows (corpus: lines) so far, a few times a second.
    void datasetLoadProgressed(const litetune::DatasetOptions& options, qint64 bytesRead, qint64 totalBytes,
                               qint64 rows);
    // EngineController::cancelLoad stopped it: no dataset and nothing to tell the user.
    void datasetLoadCancelled(const litetune::DatasetOptions& options);
    void tokenizerLoaded(const TokenizerHandle& tokenizer, const QString& modelPath);
    void lengthStatsComputed(const litetune::LengthStats& stats, const QString& splitName);
    void cleaningSharesComputed(const DatasetHandle& dataset, const QList<double>& shares);
    void runStarted(const litetune::TrainConfig& config, const QString& runDir);
    void progressReported(const litetune::Progress& progress);
    void evaluationReported(const litetune::EvalReport& report);
    void linesLogged(const QStringList& lines);
    void runFinished(const litetune::RunResult& result);
    void comparisonFinished(const RunResultList& results);
    void predictionsReady(const QStringList& texts, const PredictionTable& predictions, quint64 requestId);
    void predictionFailed(quint64 requestId, const QString& message);
    // A prediction's texts answered so far (EngineWorker::kPredictionChunk at a time).
    void predictionProgressed(quint64 requestId, int done, int total);
    // EngineController::cancelPrediction stopped it: `partial` answers the first partial.size() texts.
    void predictionCancelled(const QStringList& texts, const PredictionTable& partial, quint64 requestId);
    void modelLoaded(const QString& runDir);
    void modelDropped(const QString& runDir);
};
