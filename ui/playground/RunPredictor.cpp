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
}

bool RunPredictor::modelOf(const litetune::RunResult& run, QString* modelPath, QString* adapterPath, QString* reason) {
    const QDir dir(toQString(run.runDir));
    switch (run.config.method) {
    case litetune::Method::Evaluate:
        *modelPath = toQString(run.config.modelPath);
        *adapterPath = toQString(run.config.adapterPath);
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

quint64 RunPredictor::predict(const litetune::RunResult& run, const QStringList& texts, int topK) {
    QString model;
    QString adapter;
    if (!modelOf(run, &model, &adapter)) {
        return 0;
    }
    const quint64 id = nextRequestId();
    Pending pending{toQString(run.runDir), {}};
    for (const auto& label : run.eval.labels) {
        pending.labels.append(toQString(label));
    }
    m_pending.insert(id, pending);
    m_engine->predict(model, adapter, texts, topK, id);
    return id;
}

void RunPredictor::onReady(const QStringList& texts, const PredictionTable& predictions, quint64 requestId) {
    const auto it = m_pending.constFind(requestId);
    if (it == m_pending.constEnd()) {
        return; // someone else's question
    }
    const Pending pending = *it;
    m_pending.erase(it);
    for (const auto& scores : predictions) {
        for (const auto& score : scores) {
            if (!pending.labels.isEmpty() && !pending.labels.contains(toQString(score.name))) {
                emit failed(
                    requestId, pending.runDir,
                    tr("a base evaluation's classifier head is made for the evaluation and not saved, so this run "
                       "cannot be asked again (the model answers in labels it never had, such as \"%1\").")
                        .arg(toQString(score.name)));
                return;
            }
        }
    }
    emit predicted(requestId, pending.runDir, texts, predictions);
}

void RunPredictor::onFailed(quint64 requestId, const QString& message) {
    const auto it = m_pending.constFind(requestId);
    if (it == m_pending.constEnd()) {
        return;
    }
    const QString runDir = it->runDir;
    m_pending.erase(it);
    emit failed(requestId, runDir, message);
}
