// DatasetFilterBar: the row of filters above the dataset table — search text (applied after a
// short pause in typing), split, label with its glyph, and the run-based views (among them "fixed
// by B vs A" and "broken by B vs A" for the pairs PredictionIndex::diffPairs offers) — and the
// count of rows shown.
#pragma once

#include "bridge/EngineTypes.h"
#include "dataset/DatasetFilterModel.h"

#include <QWidget>

class PredictionIndex;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

class DatasetFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit DatasetFilterBar(QWidget* parent = nullptr);

    void setDataset(const DatasetHandle& dataset);
    void setRunViews(const PredictionIndex& predictions);
    // Chooses a run view, adding it to the choices when setRunViews did not offer it (a pair the
    // Results place asks for); false when the index does not know the runs.
    bool selectRunView(const PredictionIndex& predictions, DatasetFilterModel::RunView view, int run,
                       int otherRun = -1);
    // The chosen split (-1: all).
    int split() const;
    void applyTo(DatasetFilterModel* model) const;
    void setCount(int shown, int total);

signals:
    void filtersChanged();
    void splitChanged();

private:
    QLineEdit* m_search = nullptr;
    QComboBox* m_split = nullptr;
    QComboBox* m_label = nullptr;
    QComboBox* m_runView = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_searchDelay = nullptr;
};
