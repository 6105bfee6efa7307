#include "bridge/EngineController.h"

#include "bridge/EngineWorker.h"

#include <QMetaMethod>
#include <QThread>

EngineController::EngineController(QObject* parent)
    : EngineEvents(parent)
    , m_control(std::make_shared<litetune::RunControl>())
    , m_thread(new QThread(this))
    , m_worker(new EngineWorker(m_control))
    , m_workerProcesses(new WorkerProcesses(this)) {
    registerEngineTypes();
    m_thread->setObjectName(QStringLiteral("LiteTuneEngine"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    // Every EngineEvents signal of the worker arrives here as the same signal, queued onto this
    // thread (the worker lives on the engine thread).
    const QMetaObject& events = EngineEvents::staticMetaObject;
    for (int i = events.methodOffset(); i < events.methodCount(); ++i) {
        const QMetaMethod signal = events.method(i);
        if (signal.methodType() == QMetaMethod::Signal) {
            connect(m_worker, signal, this, signal);
        }
    }
    connect(m_worker, &EngineWorker::runtimeInfoReported, this, [this](const litetune::RuntimeInfo& info) {
        m_runtimeInfo = info;
        emit runtimeInfoChanged(info);
    });
    connect(m_worker, &EngineWorker::failed, this, &EngineController::onFailed);
    connect(m_worker, &EngineWorker::commandFinished, this, &EngineController::onCommandFinished);
    // A prediction's cancel flag goes with its answer, whichever it is.
    connect(this, &EngineEvents::predictionsReady, this,
            [this](const QStringList&, const PredictionTable&, quint64 id) { m_predictionCancels.remove(id); });
    connect(this, &EngineEvents::predictionFailed, this,
            [this](quint64 id, const QString&) { m_predictionCancels.remove(id); });
    connect(this, &EngineEvents::predictionCancelled, this,
            [this](const QStringList&, const PredictionTable&, quint64 id) { m_predictionCancels.remove(id); });

    // Worker 0's progress and ending, for the rows of the data-parallel run's workers.
    connect(this, &EngineEvents::progressReported, this, [this](const litetune::Progress& progress) {
        if (m_distributedRun && progress.phase == "train") {
            m_workerProcesses->markTraining();
        }
    });
    connect(this, &EngineEvents::runFinished, this, [this](const litetune::RunResult& result) {
        m_firstOutcome = result.cancelled ? WorkerRow::State::Cancelled : WorkerRow::State::Finished;
    });
    connect(this, &EngineController::runFailed, this, [this](const QString& message) {
        m_firstOutcome = WorkerRow::State::Failed;
        m_firstEnding = message;
    });
    // Worker 0 learns of a dead worker at its next collective call; the cancel also stops it where
    // it makes none for a while, and in the rendezvous, when the worker died before it arrived.
    connect(m_workerProcesses, &WorkerProcesses::workerFailed, this, [this] {
        if (m_distributedRun) {
            m_control->cancelRequested = true;
        }
    });

    m_thread->start();
    postBookkeeping([](EngineWorker* worker) { worker->reportRuntimeInfo(); });
}

EngineController::~EngineController() {
    // Like Qt's Mandelbrot example: abort, then wait, so no thread outlives the window. The
    // engine polls the flag every step, so this waits at most one step (plus its checkpoint).
    m_control->paused = false;
    m_control->cancelRequested = true;
    *m_loadCancel = true;
    for (const auto& flag : std::as_const(m_predictionCancels)) { // a long batch stops within one chunk
        *flag = true;
    }
    m_thread->quit();
    m_thread->wait();
}

bool EngineController::isBusy() const {
    return !m_queue.isEmpty();
}

bool EngineController::isRunning() const {
    return m_queue.contains(Command::Run);
}

bool EngineController::isPaused() const {
    return m_control->paused.load();
}

void EngineController::loadDataset(const litetune::DatasetOptions& options) {
    const std::shared_ptr<const std::atomic<bool>> cancel = m_loadCancel;
    post(Command::Load, [options, cancel](EngineWorker* worker) { worker->loadDataset(options, cancel); });
}

void EngineController::cancelLoad() {
    *m_loadCancel = true;
    m_loadCancel = std::make_shared<std::atomic<bool>>(false);
}

void EngineController::loadTextCorpus(const litetune::DatasetOptions& options) {
    const std::shared_ptr<const std::atomic<bool>> cancel = m_loadCancel;
    post(Command::Load, [options, cancel](EngineWorker* worker) { worker->loadTextCorpus(options, cancel); });
}

void EngineController::loadTokenizer(const QString& modelPath) {
    post(Command::Load, [modelPath](EngineWorker* worker) { worker->loadTokenizer(modelPath); });
}

void EngineController::computeLengthStats(const DatasetHandle& dataset, const TokenizerHandle& tokenizer,
                                          const QString& splitName, int maxLength) {
    post(Command::Load, [dataset, tokenizer, splitName, maxLength](EngineWorker* worker) {
        worker->computeLengthStats(dataset, tokenizer, splitName, maxLength);
    });
}

void EngineController::computeCleaningShares(const DatasetHandle& dataset) {
    post(Command::Load, [dataset](EngineWorker* worker) { worker->computeCleaningShares(dataset); });
}

bool EngineController::train(const litetune::TrainConfig& config) {
    if (config.nprocPerNode <= 1) {
        const bool started = startRun([config](EngineWorker* worker) { worker->train(config); });
        if (started) {
            m_workerProcesses->forget();
        }
        return started;
    }
    if (isRunning()) {
        return false;
    }
    QString why;
    const QString program = WorkerProcesses::cliProgram(&why);
    const int port = program.isEmpty() ? 0 : WorkerProcesses::freeLoopbackPort();
    if (!program.isEmpty() && port == 0) {
        why = tr("No free TCP port on 127.0.0.1 for the workers of the data-parallel run to meet at.");
    }
    if (program.isEmpty() || port == 0) {
        emit failed(why);
        emit runFailed(why);
        return false;
    }
    litetune::WorkerPlace place; // torchrun's local launch, this process as rank 0 (api/Distributed.h)
    place.worldSize = place.localWorldSize = config.nprocPerNode;
    place.masterAddr = "127.0.0.1";
    place.masterPort = port;
    if (!startRun([config, place](EngineWorker* worker) { worker->train(config, place); })) {
        return false;
    }
    m_distributedRun = true;
    m_firstOutcome = WorkerRow::State::Finished;
    m_firstEnding.clear();
    m_workerProcesses->start(program, config, place);
    return true;
}

bool EngineController::compare(const litetune::TrainConfig& config) {
    // A comparison's three runs are one process's; only train runs data-parallel.
    litetune::TrainConfig single = config;
    single.nprocPerNode = 1;
    const bool started = startRun([single](EngineWorker* worker) { worker->compare(single); });
    if (started) {
        m_workerProcesses->forget();
    }
    return started;
}

void EngineController::predict(const litetune::RunResult& run, const QStringList& texts, int topK, quint64 requestId) {
    std::shared_ptr<std::atomic<bool>> cancel;
    if (requestId != 0) { // id 0 (an asker that does not tell its questions apart) cannot be cancelled
        cancel = std::make_shared<std::atomic<bool>>(false);
        m_predictionCancels.insert(requestId, cancel);
    }
    post(Command::Predict, [run, texts, topK, requestId, cancel](EngineWorker* worker) {
        worker->predict(run, texts, topK, requestId, cancel);
    });
}

void EngineController::cancelPrediction(quint64 requestId) {
    if (const auto flag = m_predictionCancels.value(requestId)) {
        *flag = true;
    }
}

void EngineController::retainModels(const QStringList& runDirs) {
    postBookkeeping([runDirs](EngineWorker* worker) { worker->retainModels(runDirs); });
}

void EngineController::cancel() {
    if (!isRunning()) {
        return;
    }
    m_control->cancelRequested = true;
    setPaused(false);
    if (m_distributedRun) { // what Ctrl-C does under litetune-cli; the collective cancel would do too
        m_workerProcesses->interrupt();
    }
}

void EngineController::setPaused(bool paused) {
    if (m_control->paused.exchange(paused) != paused) {
        emit pausedChanged(paused);
    }
}

bool EngineController::startRun(const std::function<void(EngineWorker*)>& call) {
    if (isRunning()) {
        return false;
    }
    // Only now, with no run pending, may an old cancel request be forgotten.
    m_control->cancelRequested = false;
    setPaused(false);
    post(Command::Run, call);
    return true;
}

void EngineController::post(Command command, const std::function<void(EngineWorker*)>& call) {
    const bool wasBusy = isBusy();
    const bool wasRunning = isRunning();
    m_queue.enqueue(command);
    EngineWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, call] { call(worker); }, Qt::QueuedConnection);
    if (!wasBusy) {
        emit busyChanged(true);
    }
    if (!wasRunning && isRunning()) {
        emit runningChanged(true);
    }
}

void EngineController::postBookkeeping(const std::function<void(EngineWorker*)>& call) {
    EngineWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, call] { call(worker); }, Qt::QueuedConnection);
}

void EngineController::onFailed(const QString& message) {
    // The worker reports a failure before it finishes the command, so the queue's head is the
    // command that failed.
    const bool runFailedNow = !m_queue.isEmpty() && m_queue.head() == Command::Run;
    emit failed(message);
    if (runFailedNow) {
        emit runFailed(message);
    }
}

void EngineController::onCommandFinished() {
    const bool wasRunning = isRunning();
    const bool finishedRun = !m_queue.isEmpty() && m_queue.head() == Command::Run;
    if (!m_queue.isEmpty()) {
        m_queue.dequeue();
    }
    if (finishedRun && m_distributedRun) {
        m_distributedRun = false;
        m_workerProcesses->firstEnded(m_firstOutcome, m_firstEnding);
    }
    emit commandFinished();
    if (finishedRun) {
        // A run may have changed LibTorch's thread count.
        postBookkeeping([](EngineWorker* worker) { worker->reportRuntimeInfo(); });
    }
    if (wasRunning && !isRunning()) {
        setPaused(false);
        emit runningChanged(false);
    }
    if (m_queue.isEmpty()) {
        emit busyChanged(false);
    }
}
