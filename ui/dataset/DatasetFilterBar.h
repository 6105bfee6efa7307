// DatasetFilterBar: the row of filters above the dataset table — search text (applied after a
// short pause in typing), split, label with its glyph, and the run-based views — and the count
// of rows shown.
#pragma once

#include "bridge/EngineTypes.h"

#include <QWidget>

class DatasetFilterModel;
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
