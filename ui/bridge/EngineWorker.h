// EngineWorker: runs engine calls on the engine thread (Qt's worker-object pattern). Each
// command is one blocking engine call; its observer callbacks become signals carrying plain
// values, rate-limited so the GUI sees a few progress updates per second, not one per step.
// Cancel and pause do not come in as slots (a queued slot never runs while the engine loop is
// busy): they are the atomics of the shared RunControl, polled by the engine every step.
// Predictions ask models kept in a small ClassifierCache, so a run's weights load once, not once
// per question; modelLoaded and modelDropped tell when the cache reads or lets go of one.
#pragma once

#include "bridge/ClassifierCache.h"
#include "bridge/EngineEvents.h"
#include "bridge/EngineTypes.h"

#include "api/Workbench.h"

#include <QElapsedTimer>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class EngineWorker : public EngineEvents, public litetune::TrainingObserver {
    Q_OBJECT

public:
    explicit EngineWorker(std::shared_ptr<litetune::RunControl> control, QObject* parent = nullptr);

    // Commands; EngineController queues them onto the engine thread.
    // Reports datasetLoadProgressed while it reads; once `cancel` is set it stops and answers
    // datasetLoadCancelled instead of datasetLoaded.
    void loadDataset(const litetune::DatasetOptions& options, std::shared_ptr<const std::atomic<bool>> cancel = {});
    // Raw text for causal-LM training (litetune::loadTextCorpus); answered like a dataset, with a
    // Dataset that has no labels.
    void loadTextCorpus(const litetune::DatasetOptions& options, std::shared_ptr<const std::atomic<bool>> cancel = {});
    void loadTokenizer(const QString& modelPath);
    void computeLengthStats(const DatasetHandle& dataset, const TokenizerHandle& tokenizer, const QString& splitName,
                            int maxLength);
    // The share of each split's texts that cleaning would change (litetune::cleaningShare), in
    // the order of dataset->splits; it reads every text, hence here and not on the GUI thread.
    void computeCleaningShares(const DatasetHandle& dataset);
    // With a `place` of more than one worker, this process's share of a data-parallel run.
    void train(const litetune::TrainConfig& config, const litetune::WorkerPlace& place = {});
    void compare(const litetune::TrainConfig& config);
    // Asks the model a finished run saved (or, for a base evaluation, the one it evaluated),
    // kPredictionChunk texts at a time: between chunks it reports predictionProgressed (batches of
    // more than one chunk, rate-limited like training progress) and stops, answering
    // predictionCancelled with the texts done so far, once `cancel` is set.
    void predict(const litetune::RunResult& run, const QStringList& texts, int topK, quint64 requestId = 0,
                 std::shared_ptr<const std::atomic<bool>> cancel = {});
    // Not commands (they emit no commandFinished): bookkeeping the controller posts in between.
    void retainModels(const QStringList& runDirs);
    void reportRuntimeInfo();

    // The shortest time between two progress or log signals.
    static constexpr int kMinSignalIntervalMs = 250;
    // Texts asked between two looks at the cancel flag: a fraction of a second even on GPT-2 small.
    static constexpr int kPredictionChunk = 16;

signals:
    void runtimeInfoReported(const litetune::RuntimeInfo& info);
    void failed(const QString& message);
    // Always the last signal of a command, whether it succeeded, failed or was cancelled.
    void commandFinished();

protected:
    // litetune::TrainingObserver, called on the engine thread inside runMethod/runComparison.
    void started(const litetune::TrainConfig& config, const std::string& runDir) override;
    void progressed(const litetune::Progress& progress) override;
    void evaluated(const litetune::EvalReport& report) override;
    void logged(const std::string& line) override;

private:
    // Runs one command, turning every exception into failed(); emits commandFinished().
    void guarded(const std::function<void()>& command, const std::function<void(const QString&)>& onError = {});
    // loadDataset and loadTextCorpus: `read` with progress signals and the cancel flag.
    void load(const litetune::DatasetOptions& options, std::shared_ptr<const std::atomic<bool>> cancel,
              const std::function<litetune::Dataset(const litetune::LoadControl&)>& read);
    void flushProgress();
    void flushLog();
    void resetRateLimit();

    std::shared_ptr<litetune::RunControl> m_control;
    QElapsedTimer m_sinceProgress;
    QElapsedTimer m_sinceLog;
    litetune::Progress m_pending;
    bool m_hasPending = false;
    double m_lossSum = 0.0; // training losses of the steps merged into m_pending
    int m_lossCount = 0;
    QStringList m_logBuffer;
    ClassifierCache m_classifiers;
};
