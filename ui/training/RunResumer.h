// RunResumer: continues a cancelled, failed or interrupted run from the GUI exactly as
// `litetune-cli train --resume RUN_DIR` does — the same folder, the settings in its run.json, from
// its newest checkpoint — and lets the Train place show the run's curves going on where they
// stopped. The points up to the checkpoint come from the run's history.csv, read before the engine
// starts: once the run goes on it rewrites that file, and the live points would then arrive twice.
#pragma once

#include "bridge/EngineTypes.h"
#include "runs/RunHistory.h"

#include <QObject>
#include <QString>

class EngineController;
class RunCatalog;
class TrainPage;

class RunResumer : public QObject {
    Q_OBJECT

public:
    // Construct it after `page` has connected to the engine: it adds the earlier points once the
    // page has cleared its plot for the resumed run.
    RunResumer(EngineController* engine, RunCatalog* runs, TrainPage* page);

    // Queues the run's resume; empty on success, else why it cannot resume, for the user.
    QString resume(const QString& runDir);

private:
    void onRunStarted(const litetune::TrainConfig& config, const QString& runDir);
    void forgetPending();

    EngineController* m_engine = nullptr;
    RunCatalog* m_runs = nullptr;
    TrainPage* m_page = nullptr;
    QString m_pendingDir; // the run whose resume is queued; empty when none
    qint64 m_pendingStep = 0;
    RunHistory m_pendingHistory; // its curves up to the checkpoint
};
