// WorkerProcesses: the other workers of a data-parallel run the GUI trains (docs/distributed.md).
// The GUI process is worker 0 (EngineWorker runs it on the engine thread); workers 1…N-1 are
// `litetune-cli train` processes started here, on the GUI thread, with the run's options
// (litetune::trainArguments) and the torchrun variables of their rank (litetune::workerEnvironment).
// The collective cancel of the engine stops them with worker 0; this object only passes Cancel on
// (SIGINT, as a terminal's Ctrl-C would), keeps the last lines each one wrote to stderr, tells how
// each ended, and ends those still running 15 s after worker 0's command ended (SIGTERM, then SIGKILL
// — a worker stuck before the rendezvous waits for nobody otherwise).
// A worker that fails before the workers met leaves worker 0 waiting in the rendezvous
// (engine/distributed/WorkerGroup.cpp), which ends on the cancel EngineController then sets.
//
// The program started: $LITETUNE_CLI when set (the tests point it at the build's litetune-cli), else
// litetune-cli next to the GUI's executable, else litetune-cli on PATH.
#pragma once

#include "api/Distributed.h"
#include "api/TrainConfig.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QProcess;
class QTimer;

struct WorkerRow {
    enum class State { Starting, Training, Finished, Cancelled, Failed };
    int rank = 0;
    QString device; // "cuda:1" or "CPU"
    qint64 pid = 0; // 0: the GUI process itself (worker 0) or not started
    State state = State::Starting;
    QString ending;         // how a finished process ended: "exit status 2", "signal 9 (Killed)"
    QStringList stderrTail; // its last kStderrLines lines of stderr
};

class WorkerProcesses : public QObject {
    Q_OBJECT

public:
    static constexpr int kStderrLines = 20;
    static constexpr int kGraceMs = 15000;    // after worker 0's command ended, before SIGTERM
    static constexpr int kTerminateMs = 5000; // after SIGTERM, before SIGKILL

    explicit WorkerProcesses(QObject* parent = nullptr);
    ~WorkerProcesses() override;

    // The litetune-cli to start, or empty with `why` saying what was looked for.
    static QString cliProgram(QString* why);
    // A TCP port on 127.0.0.1 that nothing listens on now (what torchrun's _get_free_port does).
    static int freeLoopbackPort();

    // Starts workers 1…place.worldSize-1 of the run that worker 0 (the GUI, at `place`) trains.
    // Earlier workers' rows are forgotten; processes of an earlier run still ending keep ending.
    void start(const QString& program, const litetune::TrainConfig& config, const litetune::WorkerPlace& place);
    // The run started now is one process: no rows.
    void forget();
    // Worker 0's command is training now: every worker still starting is too (the group has met).
    void markTraining();
    // Worker 0's command ended so: the rest should follow within seconds; see the header comment.
    void firstEnded(WorkerRow::State state, const QString& ending = {});
    // Cancel: SIGINT to every worker training (as a terminal's Ctrl-C).
    void interrupt();

    bool isActive() const { return !m_rows.isEmpty(); } // a data-parallel run was started
    bool anyRunning() const;
    const QList<WorkerRow>& rows() const { return m_rows; }
    // Which worker failed and how, with its last stderr lines; empty while none did.
    const QString& failure() const { return m_failure; }

signals:
    void changed();
    void workerFailed(const QString& message);

private:
    void onFinished(QProcess* process, int rank, int exitCode, bool crashed);
    void onStartFailed(QProcess* process, int rank);
    void readStderr(QProcess* process, int rank);
    void fail(int rank, const QString& what);
    void endStragglers();
    WorkerRow* row(int rank);

    QList<WorkerRow> m_rows;
    QList<QProcess*> m_processes; // of every run, until each has ended
    QString m_failure;
    QTimer* m_grace = nullptr;
    bool m_stopping = false; // ending stragglers: their ends are no failures of their own
    int m_generation = 0;    // the run the rows belong to: late signals of an earlier run are ignored
};
