#include "playground/RunPredictor.h"

#include "bridge/EngineController.h"

#include <QDir>
#include <QFileInfo>

#include <atomic>

namespace {

quint64 nextRequestId() {
    static std::atomic<quint64> counter{0};
    return ++counter;
}

} // namespace

RunPredictor::RunPredictor(EngineController* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine) {
    connect(m_engine, &EngineController::predictionsReady, this, &RunPredictor::onReady);
    connect(m_engine, &EngineController::predictionFailed, this, &RunPredictor::onFailed);
    connect(m_engine, &EngineController::predictionCancelled, this, &RunPredictor::onCancelled);
    connect(m_engine, &EngineController::predictionProgressed, this, [this](quint64 requestId, int done, int total) {
        if (m_pending.contains(requestId)) {
            emit progressed(requestId, done, total);
        }
    });
}

bool RunPredictor::modelOf(const litetune::RunResult& run, QString* modelPath, QString* adapterPath, QString* reason) {
    const QDir dir(toQString(run.runDir));
    switch (run.config.method) {
    case litetune::Method::Evaluate:
        *modelPath = toQString(run.config.modelPath);
        *adapterPath = toQString(run.config.adapterPath);
        if (run.eval.labels.empty()) { // rebuilding its model needs the labels it evaluated
            if (reason) {
                *reason = run.cancelled ? tr("Cancelled before its evaluation finished: nothing to ask.")
                                        : tr("This evaluation has no results, so its labels are unknown.");
            }
            return false;
        }
        return true;
    case litetune::Method::Lora:
        *modelPath = toQString(run.config.modelPath);
        *adapterPath = dir.filePath(QStringLiteral("adapter"));
        break;
    default:
        *modelPath = dir.filePath(QStringLiteral("model"));
        adapterPath->clear();
        break;
    }
    const QString saved = adapterPath->isEmpty() ? *modelPath : *adapterPath;
    if (!QFileInfo(saved).isDir()) {
        if (reason) {
            *reason = run.cancelled ? tr("Cancelled before it saved a model: nothing to ask.")
                                    : tr("This run saved no model (%1 is missing).")
                                          .arg(QDir::toNativeSeparators(QFileInfo(saved).fileName()));
        }
        return false;
    }
    return true;
}

QString RunPredictor::waitingText(const EngineController* engine) {
    return engine->isRunning() ? tr("Waiting for the engine: a training run is in progress, the predictions follow "
                                    "when it ends.")
                               : tr("Asking the runs…");
}

quint64 RunPredictor::predict(const litetune::RunResult& run, const QStringList& texts, int topK) {
    QString model;
    QString adapter;
    if (!modelOf(run, &model, &adapter)) {
        return 0;
    }
    const quint64 id = nextRequestId();
    m_pending.insert(id, toQString(run.runDir));
    m_engine->predict(run, texts, topK, id);
    return id;
}

void RunPredictor::cancel(quint64 requestId) {
    if (m_pending.contains(requestId)) {
        m_engine->cancelPrediction(requestId);
    }
}

void RunPredictor::onReady(const QStringList& texts, const PredictionTable& predictions, quint64 requestId) {
    const auto it = m_pending.constFind(requestId);
    if (it == m_pending.constEnd()) {
        return; // someone else's question
    }
    const QString runDir = *it;
    m_pending.erase(it);
    emit predicted(requestId, runDir, texts, predictions);
}

void RunPredictor::onFailed(quint64 requestId, const QString& message) {
    const auto it = m_pending.constFind(requestId);
    if (it == m_pending.constEnd()) {
        return;
    }
    const QString runDir = *it;
    m_pending.erase(it);
    emit failed(requestId, runDir, message);
}

void RunPredictor::onCancelled(const QStringList& texts, const PredictionTable& partial, quint64 requestId) {
    const auto it = m_pending.constFind(requestId);
    if (it == m_pending.constEnd()) {
        return;
    }
    const QString runDir = *it;
    m_pending.erase(it);
    emit cancelled(requestId, runDir, texts, partial);
}
