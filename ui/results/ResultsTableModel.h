// ResultsTableModel: the side-by-side results — runs as columns, and as rows the reference
// table's eleven in docs/architecture.md's order (Training Loss … Epoch) then LiteTune's four (Macro F1,
// Trainable Params, Peak Memory, Adapter Size). The engine's results table (api/Report.h,
// metricTableRows) decides which cells apply and which is each row's best; this model only prints
// the values in the user's locale and shows the marks (bold, tinted background, BestRole), so
// window and exported report always agree. A run that did not finish (cancelled, failed,
// unfinished: litetune::runOutcome) is named so in its column header and set in italics; the engine
// never marks it best, and a number it does not have shows MetricFormat::missing(). Row follows the engine's row order,
// except PerplexityRow: shown (between Trainable Params and Peak Memory, where the engine puts it) only when a causal
// LM is among the runs, it comes last in Row so the other rows' numbers never move.
#pragma once

#include "bridge/EngineTypes.h"

#include "api/Report.h"

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
        PerplexityRow,
        RowCount
    };
    enum Role { ValueRole = Qt::UserRole + 1, BestRole, RunDirRole };

    explicit ResultsTableModel(QObject* parent = nullptr);

    void setRuns(const RunResultList& runs);
    const RunResultList& runs() const { return m_runs; }

    static QString rowName(Row row);
    // Empty when the row does not apply to the run (no training, not measured).
    std::optional<double> value(Row row, int column) const;
    QString text(Row row, int column) const;
    bool isBest(Row row, int column) const;
    litetune::RunOutcome outcome(int column) const;
    // "cancelled", "failed", "unfinished" in the user's language; empty for a finished run.
    static QString outcomeText(litetune::RunOutcome outcome);

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

    Row rowAt(int shownRow) const { return m_shown.value(shownRow, RowCount); }

    RunResultList m_runs;
    QVector<Row> m_shown;                     // the rows shown, in the engine's order
    QVector<QVector<Cell>> m_cells;           // [row][column]
    QVector<litetune::Better> m_better;       // [row], for the tooltip
    QVector<litetune::RunOutcome> m_outcomes; // [column]
};
