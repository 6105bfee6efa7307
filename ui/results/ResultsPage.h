// ResultsPage: the Results place — the runs chosen in the run list side by side: the reference
// table's rows with each row's best value marked, the settings in which the runs differ, their
// confusion matrices (counts or row-normalised) and per-class F1. Clicking a confusion cell asks
// the Dataset place for exactly those samples (confusionCellClicked). Runs come from the runs
// folder, so every past run can be compared, not just this session's. A causal language model has
// no classes: its place among the confusion matrices, and the per-class tab, say so instead. The
// run list, and renaming, deleting and opening runs from it: RunListPanel. A second tab,
// "Difference", shows what changed from one ticked run to another (RunDiffView).
#pragma once

#include "bridge/EngineTypes.h"

#include <QList>
#include <QWidget>

class ConfusionMatrixPlot;
class PerClassF1Plot;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTabWidget;
class ResultsTableModel;
class RunCatalog;
class RunDiffView;
class RunListPanel;
class RunSelectionModel;

class ResultsPage : public QWidget {
    Q_OBJECT

public:
    explicit ResultsPage(RunCatalog* runs, QWidget* parent = nullptr);

    RunSelectionModel* runSelection() const { return m_selection; }
    RunListPanel* runPanel() const { return m_runPanel; }
    ResultsTableModel* tableModel() const { return m_model; }
    QList<ConfusionMatrixPlot*> confusionPlots() const { return m_confusionPlots; }
    PerClassF1Plot* perClassPlot() const { return m_perClass; }
    RunDiffView* runDiffView() const { return m_diffView; }
    // Brings the Difference tab (true) or the side-by-side comparison (false) to the front.
    void showDifference(bool difference = true);
    QTableWidget* configDiffTable() const { return m_configDiff; }
    // Shows counts, or each true label's row as shares that sum to 1.
    void setNormalized(bool normalized);

signals:
    void confusionCellClicked(const QString& runDir, int trueLabel, int predictedLabel);
    void exportRequested();

private:
    QWidget* createRunPanel();
    QWidget* createViews();
    QWidget* createComparison();
    QWidget* createConfusionTab();
    void rebuild();
    void rebuildConfigDiff(const RunResultList& runs);
    void rebuildConfusion(const RunResultList& runs);
    void rebuildPerClass(const RunResultList& runs);

    RunCatalog* m_runs = nullptr;
    RunSelectionModel* m_selection = nullptr;
    ResultsTableModel* m_model = nullptr;
    RunListPanel* m_runPanel = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTabWidget* m_views = nullptr; // side by side, difference
    RunDiffView* m_diffView = nullptr;
    QLabel* m_emptyState = nullptr;
    QTableView* m_table = nullptr;
    QTableWidget* m_configDiff = nullptr;
    QTabWidget* m_charts = nullptr;
    QCheckBox* m_normalize = nullptr;
    QHBoxLayout* m_confusionRow = nullptr;
    QList<ConfusionMatrixPlot*> m_confusionPlots;
    QList<QLabel*> m_confusionNotes; // "no classes" in place of a causal LM's matrix
    PerClassF1Plot* m_perClass = nullptr;
    QLabel* m_perClassNote = nullptr;
};
