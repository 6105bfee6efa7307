// ResultsTableModel: the side-by-side results — runs as columns, and as rows the reference
// table's eleven in docs/architecture.md's order (Training Loss … Epoch) then LiteTune's four (Macro F1,
// Trainable Params, Peak Memory, Adapter Size). The best value of each row is marked (bold, tinted
// background, BestRole): lower is better for losses, durations and memory, higher for scores and
// throughput; Epoch, Trainable Params and Adapter Size describe a run rather than grade it and are
// never marked. A row is marked only when two or more runs have a value and they differ; values
// that print the same tie. Training rows of a base evaluation are empty ("—"). The same rules as
// the exported report (engine/report/MetricTable), so window and report agree.
#pragma once

#include "bridge/EngineTypes.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

class ResultsTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Row {
        TrainingLossRow,
        ValidationLossRow,
        AccuracyRow,
        F1ScoreRow,
        PrecisionRow,
        RecallRow,
        TrainingDurationRow,
        EvalRuntimeRow,
        SamplesPerSecondRow,
        StepsPerSecondRow,
        EpochRow,
        MacroF1Row,
        TrainableParamsRow,
        PeakMemoryRow,
        AdapterSizeRow,
        RowCount
    };
    enum class Better { Lower, Higher, Neither };
    enum Role { ValueRole = Qt::UserRole + 1, BestRole, RunDirRole };

    explicit ResultsTableModel(QObject* parent = nullptr);

    void setRuns(const RunResultList& runs);
    const RunResultList& runs() const { return m_runs; }

    static QString rowName(Row row);
    static Better better(Row row);
    // Empty when the row does not apply to the run (no training, not measured).
    std::optional<double> value(Row row, int column) const;
    QString text(Row row, int column) const;
    bool isBest(Row row, int column) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell {
        std::optional<double> value;
        QString text;
        bool best = false;
    };

    void computeCells();
    void markBest(int row);

    RunResultList m_runs;
    QVector<QVector<Cell>> m_cells; // [row][column]
};
