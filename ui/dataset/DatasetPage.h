// DatasetPage: the Dataset place. Opens datasets (dialog, drag & drop, recent files, demo),
// shows them in a filterable table with the label distribution, the token-length histogram
// and a sample pane, and asks for the columns when the engine cannot tell them. "Clean text"
// (remembered as dataset/cleanText) opens datasets with DatasetOptions::cleanText, and a banner
// warns when the training texts hold far more invisible leftovers than the held-out ones.
// A raw-text corpus for causal-LM training (openTextCorpus, DatasetPageCorpus.cpp) shows its
// documents without label column, label filter or label chart, and its documents per split.
// Token counts (sample pane, length histogram, truncation share) use the tokenizer of the model
// chosen in Configure, and a line says which one (DatasetPageTokens.cpp). Before any dataset the
// place is the first-run guidance: what LiteTune does, "Open Dataset…" and "Try the Demo".
#pragma once

#include "bridge/EngineTypes.h"
#include "dataset/PredictionIndex.h"

#include <QWidget>

#include <optional>

class CleaningBanner;
class DatasetFilterBar;
class DatasetFilterModel;
class DatasetLoadingView;
class DatasetTableModel;
class EngineController;
class LabelChart;
class LengthHistogram;
class QCheckBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QTabWidget;
class RunCatalog;
class SamplePane;

class DatasetPage : public QWidget {
    Q_OBJECT

public:
    explicit DatasetPage(EngineController* engine, RunCatalog* runs, QWidget* parent = nullptr);

    void openDataset(const QString& path, const QString& textColumn = {}, const QString& labelColumn = {});
    void chooseDataset();
    // A .txt file (one document per line), a folder of .txt files, or litetune::kDemoCorpusName.
    void openTextCorpus(const QString& path);
    void chooseTextCorpusFile();
    void chooseTextCorpusFolder();
    void setTokenizerModel(const QString& modelPath);
    void setMaxLength(int maxLength);
    // Shows exactly the samples a run labelled `trueLabel` and predicted as `predictedLabel` (a
    // confusion-matrix cell of the Results place), opening the run's dataset first if needed.
    void showConfusionCell(const QString& runDir, int trueLabel, int predictedLabel);
    // Shows the samples run B fixed (or broke) against run A (the Results place's difference view),
    // opening the runs' dataset first if needed.
    void showRunDiff(const QString& runDirA, const QString& runDirB, bool fixed);

    const DatasetHandle& dataset() const;
    const litetune::DatasetOptions& options() const { return m_options; }
    DatasetFilterModel* filterModel() const { return m_filter; }

signals:
    void datasetOpened(const DatasetHandle& dataset, const litetune::DatasetOptions& options);
    void statusMessage(const QString& message);
    // "Try the Demo": the window opens the demo data with the demo model and its quick settings.
    void demoRequested();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createEmptyState();
    QWidget* createBrowser();
    void onDatasetLoaded(const DatasetHandle& dataset, const litetune::DatasetOptions& options);
    void onDatasetFailed(const litetune::DatasetOptions& options, const QString& message);
    void onTokenizerLoaded(const TokenizerHandle& tokenizer, const QString& modelPath);
    void showTokenizer();
    void updateWelcome();
    void onLengthStats(const litetune::LengthStats& stats, const QString& splitName);
    void onCleaningShares(const DatasetHandle& dataset, const QList<double>& shares);
    void load(const litetune::DatasetOptions& options, bool corpus = false);
    void showCorpusState(const DatasetHandle& dataset);
    bool isPending(const litetune::DatasetOptions& options) const;
    void setCleanText(bool clean);
    void askColumns(const QString& path, const QStringList& columns, const QString& reason);
    void showError(const QString& message);
    void rebuildRunViews();
    void applyFilters();
    void updateLabelChart();
    void requestLengthStats();
    void showCurrentSample();
    void applyConfusionCell();
    void applyRunDiff();

    EngineController* m_engine = nullptr;
    RunCatalog* m_runs = nullptr;
    DatasetTableModel* m_model = nullptr;
    DatasetFilterModel* m_filter = nullptr;
    PredictionIndex m_predictions;
    litetune::DatasetOptions m_options;
    std::optional<litetune::DatasetOptions> m_pending; // asked of the engine, not yet answered
    bool m_pendingCorpus = false;                      // m_pending is a text corpus
    TokenizerHandle m_tokenizer;
    QString m_tokenizerModel;
    QString m_tokenizerName; // the model as the user knows it: a cache repository or a folder's name
    int m_maxLength = 128;
    QString m_cellRunDir; // the confusion cell shown, if any
    int m_cellTrue = -1;
    int m_cellPredicted = -1;
    QString m_diffRunA; // a fixed/broken list asked for, shown once the dataset is open
    QString m_diffRunB;
    bool m_diffFixed = true;
    QLabel* m_cellBanner = nullptr;
    QLabel* m_corpusInfo = nullptr; // documents per split of an open text corpus
    QLabel* m_tokenizerLabel = nullptr;
    QLabel* m_welcomeTitle = nullptr;
    QLabel* m_runsHint = nullptr; // on later starts: where the earlier runs are

    QStackedWidget* m_stack = nullptr;
    DatasetLoadingView* m_loading = nullptr;
    QLabel* m_error = nullptr;
    CleaningBanner* m_cleaningBanner = nullptr;
    QCheckBox* m_cleanText = nullptr;
    DatasetFilterBar* m_filterBar = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_charts = nullptr;
    LabelChart* m_labelChart = nullptr;
    LengthHistogram* m_lengths = nullptr;
    SamplePane* m_sample = nullptr;
};
