// RunDiffView: the Results place's "Difference" view — what changed from run A to run B on the
// same data (api/RunDiff.h, read off the GUI thread by RunDiffLoader). Two combos pick A and B
// among the ticked runs (by default the two newest finished ones, B the newer; a button swaps
// them); a headline gives accuracy and macro F1 before → after and how many samples B fixed and
// broke; the difference matrix (B − A), the per-class F1 changes, and a table of the fixed, the
// broken, or one clicked cell's changed samples with both runs' predictions. Runs on different
// data get one line that says why instead of the view. "Show in Dataset" asks the Dataset place
// for the fixed or broken list (showInDatasetRequested).
#pragma once

#include "bridge/EngineTypes.h"

#include "api/RunDiff.h"

#include <QHash>
#include <QWidget>

#include <memory>

class DiffSampleModel;
class DifferenceMatrixPlot;
class F1DeltaPlot;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;
class RunDiffLoader;
class RunSelectionModel;

class RunDiffView : public QWidget {
    Q_OBJECT

public:
    enum class List { Fixed, Broken, Cell };

    explicit RunDiffView(RunSelectionModel* selection, QWidget* parent = nullptr);

    // The runs that may be compared (the ticked ones); keeps the chosen pair while both remain.
    void setRuns(const RunResultList& runs);
    void setPair(const QString& runDirA, const QString& runDirB);
    QString runDirA() const;
    QString runDirB() const;
    void swapRuns();
    // The diff on screen; null while loading, or when the pair cannot be compared.
    const litetune::RunDiff* diff() const { return m_diff.get(); }
    // The one line shown instead of the view ("pick two runs", a refusal); empty while a diff shows.
    QString message() const;
    bool isLoading() const { return m_loading; }

    void showList(List list);
    void showCell(int trueLabel, int predicted);
    List currentList() const { return m_list; }

    DifferenceMatrixPlot* matrixPlot() const { return m_matrix; }
    F1DeltaPlot* f1Plot() const { return m_f1; }
    DiffSampleModel* sampleModel() const { return m_samples; }

signals:
    // A diff or a message is on screen for the current pair.
    void diffShown();
    void showInDatasetRequested(const QString& runDirA, const QString& runDirB, bool fixed);

private:
    QWidget* createBar();
    QWidget* createContent();
    void fillCombos();
    void onPairChanged();
    void onLoaded(const QString& runDirA, const QString& runDirB, std::shared_ptr<const litetune::RunDiff> diff,
                  const QString& refusal);
    void showMessage(const QString& text);
    void showDiff();
    void updateHeadline();
    void updateListCombo();
    QHash<qint64, QString> sampleTexts() const;

    RunSelectionModel* m_selection = nullptr;
    RunDiffLoader* m_loader = nullptr;
    RunResultList m_runs; // the comparable candidates, newest first
    std::shared_ptr<const litetune::RunDiff> m_diff;
    bool m_loading = false;
    List m_list = List::Fixed;
    int m_cellTrue = -1;
    int m_cellPredicted = -1;

    QComboBox* m_runA = nullptr;
    QComboBox* m_runB = nullptr;
    QToolButton* m_swap = nullptr;
    QLabel* m_headline = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_message = nullptr;
    DifferenceMatrixPlot* m_matrix = nullptr;
    F1DeltaPlot* m_f1 = nullptr;
    QComboBox* m_listChoice = nullptr;
    QPushButton* m_showInDataset = nullptr;
    QTableView* m_table = nullptr;
    DiffSampleModel* m_samples = nullptr;
};
