// DatasetTableModel: a lazy table over a loaded dataset, all splits one after another. Rows
// are computed on demand from the engine's examples (no per-row objects), so 100k rows scroll
// as smoothly as 100. Texts are converted to QString once, at load, for fast searching.
#pragma once

#include "bridge/EngineTypes.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QVector>

class DatasetTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { SplitColumn, GlyphColumn, LabelColumn, TextColumn, ColumnCount };
    enum Role { LabelRole = Qt::UserRole + 1, SplitIndexRole, ExampleIndexRole };

    struct Location {
        int split = -1;
        int example = -1;
    };

    explicit DatasetTableModel(QObject* parent = nullptr);

    void setDataset(const DatasetHandle& dataset);
    const DatasetHandle& dataset() const { return m_dataset; }

    Location locate(int row) const;
    int rowOf(int split, int example) const;
    const litetune::Example* example(int row) const;
    const QString& textAt(int row) const { return m_texts.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DatasetHandle m_dataset;
    QVector<int> m_splitStarts; // first row of each split, plus the total at the end
    QVector<QString> m_texts;
    QVector<QString> m_splitNames;
    QVector<QString> m_glyphs;
    QVector<QString> m_labelNames;
    QFont m_glyphFont;
};
