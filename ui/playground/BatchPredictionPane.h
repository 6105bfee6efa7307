// BatchPredictionPane: the Playground's batch mode — paste a list, one text per line, and get a
// table of every ticked run's answer, exportable as CSV. Each run is one request on the engine
// thread; while they run, a progress bar counts the texts answered of all asked (n / N) and Cancel
// stops them within one chunk of texts, keeping the answers made so far in columns marked
// "(partial)", and leaves the engine free for the next question.
#pragma once

#include "bridge/EngineTypes.h"

#include <QHash>
#include <QWidget>

class BatchPredictionModel;
class EngineController;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class RunPredictor;
class RunSelectionModel;

class BatchPredictionPane : public QWidget {
    Q_OBJECT

public:
    BatchPredictionPane(EngineController* engine, RunPredictor* predictor, RunSelectionModel* selection,
                        QWidget* parent = nullptr);

    // More lines than this in one batch are left out: the rest would keep the engine busy for long.
    static constexpr int kMaxLines = 10000;

    BatchPredictionModel* model() const { return m_batch; }
    bool isRunning() const { return !m_requests.isEmpty(); }
    // Texts answered so far and texts asked, over every run of the running (or last) batch.
    int doneCount() const;
    int totalCount() const { return m_total; }

    void predictAll();
    // Stops the running batch; finished() follows once each run has handed back what it answered.
    void cancel();
    // Writes the table as CSV; false with a message on failure.
    bool exportCsv(const QString& path, QString* errorMessage);

signals:
    void finished();

private:
    void onPredicted(quint64 requestId, const QString& runDir, const QStringList& texts,
                     const PredictionTable& predictions);
    void onFailed(quint64 requestId, const QString& runDir, const QString& message);
    void onProgressed(quint64 requestId, int done, int total);
    void onCancelled(quint64 requestId, const QString& runDir, const QStringList& texts,
                     const PredictionTable& partial);
    void requestEnded(quint64 requestId, int done);
    void updateStatus();
    void fitColumns();
    void chooseCsvFile();
    QHash<QString, QString> glyphMap(const PredictionTable& predictions) const;

    EngineController* m_engine = nullptr;
    RunPredictor* m_predictor = nullptr;
    RunSelectionModel* m_selection = nullptr;
    QPlainTextEdit* m_input = nullptr;
    QPushButton* m_predictButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    BatchPredictionModel* m_batch = nullptr;
    QHash<quint64, int> m_requests; // request id → run column, while unanswered
    QHash<quint64, int> m_done;     // request id → texts it answered
    int m_total = 0;
    bool m_cancelled = false;
};
