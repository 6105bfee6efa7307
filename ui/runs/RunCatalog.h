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
    // The name shown for a run: its name, else its folder's name.
    static QString displayName(const litetune::RunResult& run);

public slots:
    void refresh();

signals:
    void runsChanged();

private:
    QString m_root;
    RunResultList m_runs;
    QHash<QString, std::vector<litetune::SamplePrediction>> m_predictions;
};
