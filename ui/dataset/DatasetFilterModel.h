// DatasetFilterModel: the browser's filters over DatasetTableModel — search text, label,
// split, and the run-based views ("misclassified by run X", "runs disagree", "highest loss
// first", "fixed / broken by run B vs run A"). Reads the source model's raw rows rather than data(), so filtering 100k
// rows stays well under a frame's worth of work per thousand rows.
#pragma once

#include <QSortFilterProxyModel>

class DatasetTableModel;
class PredictionIndex;

class DatasetFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class RunView { AllRows, MisclassifiedBy, RunsDisagree, HighestLossFirst, FixedBy, BrokenBy };

    explicit DatasetFilterModel(QObject* parent = nullptr);

    void setDatasetModel(DatasetTableModel* model);
    void setPredictionIndex(const PredictionIndex* index);

    void setSearchText(const QString& text);
    void setLabelFilter(int label); // -1: every label
    void setSplitFilter(int split); // -1: every split
    // FixedBy and BrokenBy: `run` is B, `otherRun` A (runs of the prediction index).
    void setRunView(RunView view, int run = -1, int otherRun = -1);
    RunView runView() const { return m_runView; }
    int runViewRun() const { return m_run; }
    int runViewOtherRun() const { return m_otherRun; }
    // Only the examples run `run` of the prediction index labelled `trueLabel` and predicted as
    // `predictedLabel` (a confusion-matrix cell); on top of the other filters. run -1: off.
    void setConfusionCell(int run, int trueLabel, int predictedLabel);
    bool hasConfusionCell() const { return m_cellRun >= 0; }

    // Re-applies the filters after the prediction index changed.
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    DatasetTableModel* m_dataset = nullptr;
    const PredictionIndex* m_predictions = nullptr;
    QString m_search;
    int m_label = -1;
    int m_split = -1;
    RunView m_runView = RunView::AllRows;
    int m_run = -1;
    int m_otherRun = -1;
    int m_cellRun = -1;
    int m_cellTrue = -1;
    int m_cellPredicted = -1;
};
