// EngineController: the GUI's one handle on the engine. Owns the engine thread and the worker
// living on it; commands go in as queued calls and run one after another, results come back
// as the worker's EngineEvents, relayed here. The GUI thread never waits on the engine, except
// in the destructor, which cancels the running command and waits for the thread to end.
// The engine's runtime facts (versions, BLAS, devices) are asked once at start and again after
// each run, and kept here, so the About box shows them at once even while a run trains.
#pragma once

#include "bridge/EngineEvents.h"
#include "bridge/EngineTypes.h"
#include "bridge/WorkerProcesses.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace litetune {
struct RunControl;
}

class EngineWorker;
class QThread;

class EngineController : public EngineEvents {
    Q_OBJECT

public:
    explicit EngineController(QObject* parent = nullptr);
    ~EngineController() override;

    bool isBusy() const;    // any command queued or running
    bool isRunning() const; // a training run or comparison queued or running
    bool isPaused() const;

    // Answered by datasetLoaded, datasetFailed or (after cancelLoad) datasetLoadCancelled, with
    // datasetLoadProgressed on the way.
    void loadDataset(const litetune::DatasetOptions& options);
    // Stops every dataset or corpus load asked so far, running or queued, within a fraction of a
    // second. Training runs, predictions and later loads are not touched.
    void cancelLoad();
    // A raw-text corpus (.txt file, folder of .txt files, or litetune::kDemoCorpusName), answered
    // like loadDataset (progress and cancel included); the Dataset has no labels.
    void loadTextCorpus(const litetune::DatasetOptions& options);
    void loadTokenizer(const QString& modelPath);
    void computeLengthStats(const DatasetHandle& dataset, const TokenizerHandle& tokenizer, const QString& splitName,
                            int maxLength);
    // Answered by cleaningSharesComputed: per split, the share of texts that cleaning would change.
    void computeCleaningShares(const DatasetHandle& dataset);
    // Refused (false) while another run is queued or running. With config.nprocPerNode > 1 a
    // data-parallel run: this process is worker 0 and workerProcesses() starts the others; refused
    // too, with failed and runFailed saying why, when litetune-cli cannot be found.
    bool train(const litetune::TrainConfig& config);
    bool compare(const litetune::TrainConfig& config);
    // Asks a finished run's model. The result comes back as predictionsReady or predictionFailed
    // carrying `requestId`. The engine keeps the last few runs' models loaded (modelLoaded tells
    // when it reads one from disk).
    void predict(const litetune::RunResult& run, const QStringList& texts, int topK, quint64 requestId = 0);
    // Stops prediction `requestId` (not 0) between two chunks of its texts, or before it starts; it
    // then ends with predictionCancelled carrying the answers made so far instead of
    // predictionsReady. Training runs are not touched. Unknown or finished ids are ignored.
    void cancelPrediction(quint64 requestId);
    // Lets go of the loaded models of runs not in `runDirs` (runs deleted from the runs folder).
    void retainModels(const QStringList& runDirs);
    // Empty until the engine thread has answered the first time (runtimeInfoChanged).
    const std::optional<litetune::RuntimeInfo>& runtimeInfo() const { return m_runtimeInfo; }
    // The other workers of the data-parallel run started last (WorkerProcesses.h).
    WorkerProcesses* workerProcesses() const { return m_workerProcesses; }

    // Takes effect within one optimizer step; the engine writes a checkpoint and returns. Every
    // worker of a data-parallel run stops at the same step.
    void cancel();
    void setPaused(bool paused);

signals:
    void busyChanged(bool busy);
    void runningChanged(bool running);
    void pausedChanged(bool paused);

    void runtimeInfoChanged(const litetune::RuntimeInfo& info);
    void failed(const QString& message);
    // A training run, evaluation or comparison failed (also reported through failed).
    void runFailed(const QString& message);
    void commandFinished();

private:
    enum class Command { Load, Run, Predict };

    void post(Command command, const std::function<void(EngineWorker*)>& call);
    // Queues a call that is no command: it emits no commandFinished and leaves isBusy() alone.
    void postBookkeeping(const std::function<void(EngineWorker*)>& call);
    void onCommandFinished();
    void onFailed(const QString& message);
    bool startRun(const std::function<void(EngineWorker*)>& call);

    std::shared_ptr<litetune::RunControl> m_control;
    // The cancel flag the dataset loads asked since the last cancelLoad share; cancelLoad sets it
    // and starts a fresh one, so later loads are not born cancelled.
    std::shared_ptr<std::atomic<bool>> m_loadCancel = std::make_shared<std::atomic<bool>>(false);
    // One flag per prediction not yet answered, polled by the worker between chunks. Not in
    // RunControl: cancelling a batch must not stop a training run, nor the other way round.
    QHash<quint64, std::shared_ptr<std::atomic<bool>>> m_predictionCancels;
    QThread* m_thread = nullptr;
    EngineWorker* m_worker = nullptr; // lives on m_thread; deleted there when it finishes
    QQueue<Command> m_queue;
    std::optional<litetune::RuntimeInfo> m_runtimeInfo;
    WorkerProcesses* m_workerProcesses = nullptr;
    bool m_distributedRun = false; // the run queued or running is data-parallel
    WorkerRow::State m_firstOutcome = WorkerRow::State::Finished;
    QString m_firstEnding;
};
