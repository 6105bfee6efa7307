#include "training/WorkerStatusPanel.h"

#include "bridge/EngineController.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

WorkerStatusPanel::WorkerStatusPanel(EngineController* engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_throughput(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_failure(new QLabel(this)) {
    setObjectName(QStringLiteral("workerStatusPanel"));
    m_throughput->setObjectName(QStringLiteral("workerThroughput"));
    m_table->setObjectName(QStringLiteral("workerTable"));
    m_table->setHorizontalHeaderLabels({tr("Worker"), tr("Runs on"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // sized to its rows (refreshRows)
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_failure->setObjectName(QStringLiteral("workerFailure"));
    m_failure->setTextFormat(Qt::PlainText); // it quotes a process's stderr
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failure->setWordWrap(true);
    m_failure->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_throughput);
    layout->addWidget(m_table);
    layout->addWidget(m_failure);
    hide();

    connect(m_engine->workerProcesses(), &WorkerProcesses::changed, this, &WorkerStatusPanel::refreshRows);
    connect(m_engine, &EngineController::progressReported, this, &WorkerStatusPanel::onProgress);
}

void WorkerStatusPanel::refreshRows() {
    const WorkerProcesses* workers = m_engine->workerProcesses();
    const QList<WorkerRow>& rows = workers->rows();
    if (rows.isEmpty()) {
        m_throughput->clear();
    }
    setVisible(!rows.isEmpty());
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const WorkerRow& row = rows[i];
        const QString place = row.rank == 0 ? tr("%1 · this window").arg(row.device)
                              : row.pid > 0 ? tr("%1 · pid %2").arg(row.device).arg(row.pid)
                                            : row.device;
        QString state;
        switch (row.state) {
        case WorkerRow::State::Starting:
            state = tr("starting");
            break;
        case WorkerRow::State::Training:
            state = tr("training");
            break;
        case WorkerRow::State::Finished:
            state = tr("finished");
            break;
        case WorkerRow::State::Cancelled:
            state = row.ending.isEmpty() ? tr("cancelled") : tr("cancelled (%1)").arg(row.ending);
            break;
        case WorkerRow::State::Failed:
            // Worker 0's ending is its error, shown where run errors always are; not in a cell.
            state = row.rank == 0 || row.ending.isEmpty() ? tr("failed") : tr("failed: %1").arg(row.ending);
            break;
        }
        const QStringList cells{QString::number(row.rank), place, state};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(i, column, new QTableWidgetItem(cells[column]));
        }
    }
    m_table->resizeColumnsToContents();
    // As tall as its rows: the plots below keep the rest of the place.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        height += m_table->rowHeight(row);
    }
    m_table->setFixedHeight(height);
    m_failure->setText(workers->failure());
    m_failure->setVisible(!workers->failure().isEmpty());
}

void WorkerStatusPanel::onProgress(const litetune::Progress& progress) {
    if (progress.workers <= 1 || progress.phase != "train") {
        return;
    }
    const QLocale locale;
    const double share =
        progress.elapsedSeconds > 0.0 ? 100.0 * progress.allreduceSeconds / progress.elapsedSeconds : 0.0;
    m_throughput->setText(tr("%1 workers · %2 samples/s together · %3 s waiting for gradient sums (%4 % of the time)")
                              .arg(progress.workers)
                              .arg(locale.toString(progress.samplesPerSecond, 'f', 0))
                              .arg(locale.toString(progress.allreduceSeconds, 'f', 1))
                              .arg(locale.toString(share, 'f', 0)));
}
