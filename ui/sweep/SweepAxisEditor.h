// SweepAxisEditor: the rows "option = values" of a sweep, each a combo box of the option table's
// sweepable options (api/Sweep.h) and a line edit of comma-separated values (or LOW:HIGH for a
// real option sampled by a random sweep), with buttons to add and remove rows.
#pragma once

#include "api/Sweep.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;
class QVBoxLayout;

class SweepAxisEditor : public QWidget {
    Q_OBJECT

public:
    explicit SweepAxisEditor(const litetune::TrainConfig& base, QWidget* parent = nullptr);

    // Adds a row; `flag` must be a sweepable option. Returns the row's index.
    int addRow(const QString& flag, const QString& values = {});
    void removeRow(int index);
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    // Every row's axis, parsed and checked by the engine; throws litetune::Error naming the option
    // and value of the first bad row. Rows with no values are skipped.
    std::vector<litetune::SweepAxis> axes() const;

signals:
    void changed();

private:
    struct Row {
        QWidget* box = nullptr;
        QComboBox* option = nullptr;
        QLineEdit* values = nullptr;
    };
    void renameRows();
    void updatePlaceholder(const Row& row);

    litetune::TrainConfig m_base;
    QVBoxLayout* m_rowsLayout = nullptr;
    std::vector<Row> m_rows;
};
