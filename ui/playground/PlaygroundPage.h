// PlaygroundPage: the Playground place — type or paste a text and see every chosen run's top five
// labels with probabilities, live (a short pause in typing asks again); or paste a list, one text
// per line, and get a table of every run's answer, exportable as CSV and cancellable while it runs
// (BatchPredictionPane). Predictions run on the engine thread through the bridge, so the window
// never waits; while a training run occupies the engine, the questions wait their turn and the
// place says so. The engine keeps the models of the last few runs asked loaded, and lets go of a
// run's model when the run leaves the runs folder.
#pragma once

#include "bridge/EngineTypes.h"

#include <QHash>
#include <QWidget>

class BatchPredictionModel;
class BatchPredictionPane;
class EngineController;
class LabelScoreView;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTimer;
class RunPredictor;
class RunSelectionModel;

class PlaygroundPage : public QWidget {
    Q_OBJECT

public:
    explicit PlaygroundPage(EngineController* engine, RunSelectionModel* selection, QWidget* parent = nullptr);

    // How long typing must pause before the runs are asked again.
    static constexpr int kDebounceMs = 300;
    static constexpr int kTopK = 5;

    // The latest top labels of a run for the typed text (empty until answered).
    std::vector<litetune::LabelScore> scoresFor(const QString& runDir) const;
    LabelScoreView* viewFor(const QString& runDir) const { return m_views.value(runDir); }
    BatchPredictionModel* batchModel() const;
    BatchPredictionPane* batchPane() const { return m_batchPane; }
    bool isPredicting() const;

    void predictBatch();
    // Stops a running batch, keeping the answers made so far (BatchPredictionPane::cancel).
    void cancelBatch();
    // Writes the batch table as CSV; false with a message on failure.
    bool exportBatchCsv(const QString& path, QString* errorMessage);

signals:
    void livePredictionsFinished();
    void batchPredictionsFinished();

private:
    QWidget* createRunPanel();
    QWidget* createLiveTab();
    void rebuildViews();
    void releaseDeletedRuns();
    void predictLive();
    void onPredicted(quint64 requestId, const QString& runDir, const QStringList& texts,
                     const PredictionTable& predictions);
    void onFailed(quint64 requestId, const QString& runDir, const QString& message);
    void updateStatus();
    QStringList glyphsOf(const std::vector<litetune::LabelScore>& scores) const;

    EngineController* m_engine = nullptr;
    RunSelectionModel* m_selection = nullptr;
    RunPredictor* m_predictor = nullptr;
    QTimer* m_debounce = nullptr;
    QTabWidget* m_modes = nullptr;
    QPlainTextEdit* m_input = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_cards = nullptr;
    QGridLayout* m_cardGrid = nullptr;
    QHash<QString, LabelScoreView*> m_views; // run folder → its card
    QHash<quint64, QString> m_live;          // live request id → run folder
    bool m_liveDirty = false;                // the text changed while the runs were busy answering
    QString m_askedText;
    BatchPredictionPane* m_batchPane = nullptr;
};
