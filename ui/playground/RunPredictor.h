// RunPredictor: asks finished runs for predictions through the engine thread (the bridge's
// predict command) and hands each answer back with the run it belongs to. Request ids are unique
// in the process, so answers to other askers sharing the EngineController are ignored. A run is
// asked with the model it saved: model/ (full, head, BitFit) or its base model plus adapter/
// (LoRA). A base evaluation saved no model: the engine rebuilds the one it evaluated — the base
// model with the checkpoint's head, or with the head it drew when the checkpoint had none for the
// dataset's labels (saved in the run folder; older runs draw it again from the recorded seed) — so
// its answers match its evaluation (litetune::Classifier::forRun). The engine keeps the last few
// runs' models loaded. A long request can be cancelled: it stops within one chunk of texts and
// hands back the answers made so far.
#pragma once

#include "bridge/EngineTypes.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class EngineController;

class RunPredictor : public QObject {
    Q_OBJECT

public:
    explicit RunPredictor(EngineController* engine, QObject* parent = nullptr);

    // The model and adapter a run is asked with; false (and a reason) when it has nothing to ask.
    static bool modelOf(const litetune::RunResult& run, QString* modelPath, QString* adapterPath,
                        QString* reason = nullptr);

    // What a place says while its questions wait: for the engine, or behind a training run.
    static QString waitingText(const EngineController* engine);

    // Queues the request on the engine thread; 0 when the run has no model to ask.
    quint64 predict(const litetune::RunResult& run, const QStringList& texts, int topK);
    // Stops a pending request; it ends with cancelled() (or predicted(), had it just finished).
    void cancel(quint64 requestId);
    int pendingCount() const { return m_pending.size(); }
    bool isPending(quint64 requestId) const { return m_pending.contains(requestId); }
    EngineController* engine() const { return m_engine; }

signals:
    void predicted(quint64 requestId, const QString& runDir, const QStringList& texts,
                   const PredictionTable& predictions);
    void failed(quint64 requestId, const QString& runDir, const QString& message);
    // `done` of `total` texts answered (requests of more than one chunk).
    void progressed(quint64 requestId, int done, int total);
    // `partial` answers the first partial.size() of `texts`.
    void cancelled(quint64 requestId, const QString& runDir, const QStringList& texts, const PredictionTable& partial);

private:
    void onReady(const QStringList& texts, const PredictionTable& predictions, quint64 requestId);
    void onFailed(quint64 requestId, const QString& message);
    void onCancelled(const QStringList& texts, const PredictionTable& partial, quint64 requestId);

    EngineController* m_engine = nullptr;
    QHash<quint64, QString> m_pending; // request id → run folder
};
