// SweepQueue: runs a sweep's points one by one through the GUI's engine thread, as the Train
// action runs one run (EngineController::train), so the Train place shows each point's live
// progress; records every point in the sweep folder's sweep.json and sweep.csv with the engine's
// SweepRecorder (api/Sweep.h), which the CLI's sweep verb writes the same way. A failed point is
// recorded and the queue goes on; cancel stops the running point (left resumable) and the queue;
// finished points stay.
#pragma once

#include "api/Sweep.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class EngineController;

class SweepQueue : public QObject {
    Q_OBJECT

public:
    explicit SweepQueue(EngineController* engine, QObject* parent = nullptr);
    ~SweepQueue() override;

    // Expands `spec`, makes the sweep folder and starts the first point. False, with the reason in
    // lastError(), when the spec is refused or a run is already going.
    bool start(const litetune::SweepSpec& spec);
    void cancel();

    bool isRunning() const { return m_running; }
    const QString& lastError() const { return m_error; }
    const litetune::SweepSpec& spec() const { return m_spec; }
    // The points as recorded (empty before start).
    std::vector<litetune::SweepPointResult> points() const;
    QString folder() const;
    // "running", "done" or "cancelled" (SweepRecorder::state); empty before start.
    QString state() const;
    int current() const { return m_current; }

signals:
    void pointChanged(int index);
    void finished(bool cancelled);

private:
    void startPoint(int index);
    void onCommandFinished();
    void finish();

    EngineController* m_engine;
    litetune::SweepSpec m_spec;
    std::unique_ptr<litetune::SweepRecorder> m_recorder;
    QString m_error;
    bool m_running = false;
    bool m_cancelling = false;
    int m_current = -1;
    bool m_waiting = false; // a point's train command is queued or running
    std::optional<litetune::RunResult> m_result;
    std::optional<QString> m_failure;
    qint64 m_startedMs = 0;
    // What the recorder held, kept once the queue has ended and the recorder is gone.
    std::vector<litetune::SweepPointResult> m_lastPoints;
    QString m_lastFolder;
    QString m_lastState;
};
