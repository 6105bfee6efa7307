// SweepDialog (Run ▸ Sweep…): a grid or random search over options of the option table, run as a
// queue. The Configure place's settings are the base; rows choose the options to vary and their
// values; the dialog shows the number of runs live (more than kConfirmAbove asks first), runs the
// queue (SweepQueue) with each point's state, and ends with the results sorted by the chosen
// metric and a plot of it against each varied option. It is a window of its own, not modal, so
// the Train place shows the running point's progress beside it.
#pragma once

#include "api/Sweep.h"

#include <QDialog>

class EngineController;
class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class SweepAxisEditor;
class SweepQueue;
class SweepResultsView;

class SweepDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kConfirmAbove = 100;

    SweepDialog(EngineController* engine, const litetune::TrainConfig& base, QWidget* parent = nullptr);

    // Opens the one sweep window of `parent`, made with `base` when there is none yet (a running or
    // finished sweep stays as it is), and raises it.
    static SweepDialog* showFor(QWidget* parent, EngineController* engine, const litetune::TrainConfig& base);

    SweepAxisEditor* axisEditor() const { return m_axes; }
    SweepQueue* queue() const { return m_queue; }
    SweepResultsView* results() const { return m_results; }
    // The spec the controls describe; throws litetune::Error naming the first problem.
    litetune::SweepSpec spec() const;
    // The runs the controls describe (0 while they are incomplete or refused).
    int runCount() const { return m_count; }
    // Switches the sweep's base settings (the Configure place's, when a sweep is not running).
    void setBase(const litetune::TrainConfig& base);

public slots:
    // Starts the queue; above kConfirmAbove runs it asks first (sweepLargeBox).
    void start();

private:
    void updateCount();
    void startConfirmed();
    void refreshQueue();

    EngineController* m_engine;
    litetune::TrainConfig m_base;
    SweepAxisEditor* m_axes = nullptr;
    QButtonGroup* m_mode = nullptr;
    QSpinBox* m_randomCount = nullptr;
    QComboBox* m_metric = nullptr;
    QLabel* m_baseLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_queueTable = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_folder = nullptr;
    SweepResultsView* m_results = nullptr;
    SweepQueue* m_queue = nullptr;
    int m_count = 0;
};
