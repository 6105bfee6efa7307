// RunCatalog: the runs on disk (litetune::listRuns under the runs folder), shared by the places
// that show them. Runs are folders the engine wrote, so they reappear after a restart; the
// catalog rereads the folder when a run ends. Predictions load lazily, once per run.
#pragma once

#include "bridge/EngineTypes.h"

#include <QHash>
#include <QObject>
#include <QString>

class RunCatalog : public QObject {
    Q_OBJECT

public:
    explicit RunCatalog(QObject* parent = nullptr);

    QString runsRoot() const { return m_root; }
    void setRunsRoot(const QString& root);
    const RunResultList& runs() const { return m_runs; }
    const litetune::RunResult* find(const QString& runDir) const;
    // Per-sample predictions of a run's evaluation (empty when it has none or it is unreadable).
    const std::vector<litetune::SamplePrediction>& predictions(const QString& runDir);
    // The name shown for a run: litetune::runLabel (the name a user gave it, else its method and
    // start time), else its folder's name.
    static QString displayName(const litetune::RunResult& run);
    // Gives a listed run a name that survives restarts (empty: its recorded name again) and
    // rereads the runs; the reason on failure, empty on success.
    QString rename(const QString& runDir, const QString& name);
    // The checkpoint `litetune-cli train --resume` would continue the run from; empty when the run
    // finished, is running or has none.
    QString resumeCheckpoint(const QString& runDir) const { return m_resumable.value(runDir); }
    // Whether a process, this one included, is running the run now.
    static bool isRunning(const QString& runDir);

public slots:
    void refresh();

signals:
    void runsChanged();

private:
    QString m_root;
    RunResultList m_runs;
    QHash<QString, std::vector<litetune::SamplePrediction>> m_predictions;
    QHash<QString, QString> m_resumable; // run folder → checkpoint, for resumable runs only
};
