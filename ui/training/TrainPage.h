// TrainPage: the Train place. Shows the running command live — curves, progress, throughput,
// memory and ETA — with Pause/Resume and Cancel, a log, and earlier runs overlaid on demand.
// In a comparison, each finished run's curves stay on the plot as an overlay. When a run or
// comparison ends, the progress bar, the stats line and the log's last line say how (RunEnding).
#pragma once

#include "bridge/EngineTypes.h"
#include "training/RunEnding.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class EngineController;
class LogView;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QToolButton;
class RunCatalog;
class RunResumer;
class TrainingPlot;

class TrainPage : public QWidget {
    Q_OBJECT

public:
    explicit TrainPage(EngineController* engine, RunCatalog* runs, QWidget* parent = nullptr);

    TrainingPlot* plot() const { return m_plot; }
    void appendLog(const QString& line);
    // Continues a stopped run where it stopped (RunResumer); empty when queued, else why not.
    QString resumeRun(const QString& runDir);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onRunStarted(const litetune::TrainConfig& config, const QString& runDir);
    void onProgress(const litetune::Progress& progress);
    void onEvaluation(const litetune::EvalReport& report);
    void onRunFinished(const litetune::RunResult& result);
    void onFailed(const QString& message);
    void onRunningChanged(bool running);
    void showOutcome(const RunEnding& outcome);
    void markProgress(std::optional<RunEnding::State> state);
    void onPausedChanged(bool paused);
    void rebuildOverlayMenu();
    void toggleOverlay(const QString& runDir, bool shown);

    EngineController* m_engine = nullptr;
    RunCatalog* m_runs = nullptr;
    TrainingPlot* m_plot = nullptr;
    RunResumer* m_resumer = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_stats = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_cancel = nullptr;
    QToolButton* m_overlays = nullptr;
    QMenu* m_overlayMenu = nullptr;
    LogView* m_log = nullptr;
    QString m_runDir;
    QString m_runName;
    QStringList m_shownOverlays;
    QString m_lastEvaluation; // "perplexity 12.3" or "accuracy 45.6%", appended to the readout
    // The command running now (from runningChanged(true) to runningChanged(false)), told by its events.
    std::optional<RunEnding::Report> m_command;
    QElapsedTimer m_clock;
    std::optional<RunEnding::State> m_state; // how the last command ended, none while one runs
};
