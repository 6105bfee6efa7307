#include "dataset/DatasetFilterModel.h"

#include "dataset/DatasetTableModel.h"
#include "dataset/PredictionIndex.h"

DatasetFilterModel::DatasetFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    // Sorting happens only for "highest loss first"; otherwise rows keep the data's order.
    setDynamicSortFilter(false);
}

void DatasetFilterModel::setDatasetModel(DatasetTableModel* model) {
    m_dataset = model;
    setSourceModel(model);
}

void DatasetFilterModel::setPredictionIndex(const PredictionIndex* index) {
    m_predictions = index;
    refilter();
}

void DatasetFilterModel::setSearchText(const QString& text) {
    if (text == m_search) {
        return;
    }
    m_search = text;
    invalidateFilter();
}

void DatasetFilterModel::setLabelFilter(int label) {
    if (label == m_label) {
        return;
    }
    m_label = label;
    invalidateFilter();
}

void DatasetFilterModel::setSplitFilter(int split) {
    if (split == m_split) {
        return;
    }
    m_split = split;
    invalidateFilter();
}

void DatasetFilterModel::setRunView(RunView view, int run, int otherRun) {
    m_runView = view;
    m_run = run;
    m_otherRun = otherRun;
    refilter();
}

void DatasetFilterModel::setConfusionCell(int run, int trueLabel, int predictedLabel) {
    if (run == m_cellRun && trueLabel == m_cellTrue && predictedLabel == m_cellPredicted) {
        return;
    }
    m_cellRun = run;
    m_cellTrue = trueLabel;
    m_cellPredicted = predictedLabel;
    invalidateFilter();
}

void DatasetFilterModel::refilter() {
    invalidateFilter();
    if (m_runView == RunView::HighestLossFirst) {
        sort(0, Qt::DescendingOrder);
    } else {
        sort(-1);
    }
}

bool DatasetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (!m_dataset || sourceParent.isValid()) {
        return true;
    }
    const auto location = m_dataset->locate(sourceRow);
    if (m_split >= 0 && location.split != m_split) {
        return false;
    }
    if (m_label >= 0) {
        const auto* example = m_dataset->example(sourceRow);
        if (!example || example->label != m_label) {
            return false;
        }
    }
    if (!m_search.isEmpty() && !m_dataset->textAt(sourceRow).contains(m_search, Qt::CaseInsensitive)) {
        return false;
    }
    if (m_cellRun >= 0) {
        const auto* prediction =
            m_predictions ? m_predictions->find(m_cellRun, location.split, location.example) : nullptr;
        if (!prediction || prediction->label != m_cellTrue || prediction->predicted != m_cellPredicted) {
            return false;
        }
    }
    if (m_runView == RunView::AllRows) {
        return true;
    }
    if (!m_predictions) {
        return false;
    }
    switch (m_runView) {
    case RunView::MisclassifiedBy:
        return m_predictions->misclassified(m_run, location.split, location.example);
    case RunView::RunsDisagree:
        return m_predictions->runsDisagree(location.split, location.example);
    case RunView::HighestLossFirst:
        return m_predictions->hasAny(location.split, location.example);
    case RunView::FixedBy:
        return m_predictions->fixedBy(m_run, m_otherRun, location.split, location.example);
    case RunView::BrokenBy:
        return m_predictions->brokenBy(m_run, m_otherRun, location.split, location.example);
    case RunView::AllRows:
        break;
    }
    return true;
}

bool DatasetFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (!m_dataset || !m_predictions) {
        return left.row() < right.row();
    }
    const auto a = m_dataset->locate(left.row());
    const auto b = m_dataset->locate(right.row());
    return m_predictions->highestLoss(a.split, a.example) < m_predictions->highestLoss(b.split, b.example);
}
