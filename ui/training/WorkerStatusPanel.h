// WorkerStatusPanel: the Train place's view of a data-parallel run (EngineController::train with
// more than one worker): the workers' combined throughput and the time they spent summing
// gradients, one row per worker — where it runs and how it is doing — and, when a worker process
// failed, which one and its last stderr lines. Hidden while the run is one process.
#pragma once

#include <QWidget>

class EngineController;
class QLabel;
class QTableWidget;

namespace litetune {
struct Progress;
}

class WorkerStatusPanel : public QWidget {
    Q_OBJECT

public:
    explicit WorkerStatusPanel(EngineController* engine, QWidget* parent = nullptr);

private:
    void refreshRows();
    void onProgress(const litetune::Progress& progress);

    EngineController* m_engine = nullptr;
    QLabel* m_throughput = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_failure = nullptr;
};
