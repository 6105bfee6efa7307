#include "results/ResultsTableModel.h"

#include "results/MetricFormat.h"
#include "runs/RunCatalog.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QFont>

namespace {

// The engine's texts ignore the user's locale; its values are printed again here in that locale
// (results/MetricFormat.h).
QString format(ResultsTableModel::Row row, double value) {
    switch (row) {
    case ResultsTableModel::TrainingLossRow:
    case ResultsTableModel::ValidationLossRow:
        return MetricFormat::fixed(value, 4);
    case ResultsTableModel::AccuracyRow:
    case ResultsTableModel::F1ScoreRow:
    case ResultsTableModel::PrecisionRow:
    case ResultsTableModel::RecallRow:
    case ResultsTableModel::MacroF1Row:
        return MetricFormat::percent(value);
    case ResultsTableModel::TrainingDurationRow:
        return MetricFormat::hoursMinutes(value);
    case ResultsTableModel::EvalRuntimeRow:
        return MetricFormat::minutesSeconds(value);
    case ResultsTableModel::SamplesPerSecondRow:
    case ResultsTableModel::StepsPerSecondRow:
        return MetricFormat::fixed(value, 3);
    case ResultsTableModel::PerplexityRow:
        return MetricFormat::fixed(value, 2);
    case ResultsTableModel::EpochRow:
        return MetricFormat::epoch(value);
    case ResultsTableModel::TrainableParamsRow:
        return MetricFormat::count(static_cast<std::int64_t>(value));
    case ResultsTableModel::PeakMemoryRow:
    case ResultsTableModel::AdapterSizeRow:
        return MetricFormat::bytes(static_cast<std::int64_t>(value));
    case ResultsTableModel::RowCount:
        break;
    }
    return {};
}

} // namespace

ResultsTableModel::ResultsTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QString ResultsTableModel::rowName(Row row) {
    switch (row) {
    case TrainingLossRow:
        return tr("Training Loss");
    case ValidationLossRow:
        return tr("Validation Loss");
    case AccuracyRow:
        return tr("Accuracy");
    case F1ScoreRow:
        return tr("F1 Score");
    case PrecisionRow:
        return tr("Precision");
    case RecallRow:
        return tr("Recall");
    case TrainingDurationRow:
        return tr("Training Duration");
    case EvalRuntimeRow:
        return tr("Eval Runtime");
    case SamplesPerSecondRow:
        return tr("Samples per Second");
    case StepsPerSecondRow:
        return tr("Steps per Second");
    case EpochRow:
        return tr("Epoch");
    case MacroF1Row:
        return tr("Macro F1");
    case TrainableParamsRow:
        return tr("Trainable Params");
    case PeakMemoryRow:
        return tr("Peak Memory");
    case AdapterSizeRow:
        return tr("Adapter Size");
    case PerplexityRow:
        return tr("Perplexity");
    case RowCount:
        break;
    }
    return {};
}

void ResultsTableModel::setRuns(const RunResultList& runs) {
    beginResetModel();
    m_runs = runs;
    computeCells();
    endResetModel();
}

QString ResultsTableModel::outcomeText(litetune::RunOutcome outcome) {
    switch (outcome) {
    case litetune::RunOutcome::Finished:
        break;
    case litetune::RunOutcome::Cancelled:
        return tr("cancelled");
    case litetune::RunOutcome::Failed:
        return tr("failed");
    case litetune::RunOutcome::Unfinished:
        return tr("unfinished");
    }
    return {};
}

void ResultsTableModel::computeCells() {
    const std::vector<litetune::MetricRow> rows = litetune::metricTableRows(m_runs);
    m_outcomes.clear();
    for (const litetune::RunResult& run : m_runs) {
        m_outcomes.append(litetune::runOutcome(run));
    }
    m_cells = QVector<QVector<Cell>>(RowCount, QVector<Cell>(static_cast<int>(m_runs.size())));
    m_better = QVector<litetune::Better>(RowCount, litetune::Better::Neither);
    m_shown.clear();
    int next = 0; // the engine's rows are Row's order, with "perplexity" slotted in when present
    for (const litetune::MetricRow& source : rows) {
        const Row row = source.key == "perplexity" ? PerplexityRow : static_cast<Row>(next++);
        if (row >= RowCount) {
            break;
        }
        m_shown.append(row);
        m_better[row] = source.better;
        for (int column = 0; column < m_cells[row].size(); ++column) {
            const litetune::MetricCell& from = source.cells[static_cast<size_t>(column)];
            Cell& cell = m_cells[row][column];
            cell.value = from.value;
            cell.text = from.value ? format(row, *from.value) : MetricFormat::missing();
            cell.best = from.best;
        }
    }
}

std::optional<double> ResultsTableModel::value(Row row, int column) const {
    if (row < 0 || row >= RowCount || column < 0 || column >= columnCount()) {
        return std::nullopt;
    }
    return m_cells[row][column].value;
}

QString ResultsTableModel::text(Row row, int column) const {
    if (row < 0 || row >= RowCount || column < 0 || column >= columnCount()) {
        return {};
    }
    return m_cells[row][column].text;
}

litetune::RunOutcome ResultsTableModel::outcome(int column) const {
    return m_outcomes.value(column, litetune::RunOutcome::Finished);
}

bool ResultsTableModel::isBest(Row row, int column) const {
    if (row < 0 || row >= RowCount || column < 0 || column >= columnCount()) {
        return false;
    }
    return m_cells[row][column].best;
}

int ResultsTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || m_runs.empty() ? 0 : static_cast<int>(m_shown.size());
}

int ResultsTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

QVariant ResultsTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    const Cell& cell = m_cells[rowAt(index.row())][index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::TextAlignmentRole:
        return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (cell.best || !litetune::runIsRanked(outcome(index.column()))) {
            QFont font;
            font.setBold(cell.best);
            font.setItalic(!cell.best); // an unranked run's numbers: shown, but not in the contest
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return cell.best ? QBrush(QColor(0xd9, 0xf2, 0xdc)) : QVariant();
    case Qt::ForegroundRole:
        // The tint is light in every palette; keep its text dark so it stays readable.
        return cell.best ? QBrush(QColor(0x12, 0x3d, 0x1c)) : QVariant();
    case Qt::ToolTipRole:
        if (cell.best) {
            return m_better[rowAt(index.row())] == litetune::Better::Lower ? tr("Best: the lowest of the runs")
                                                                           : tr("Best: the highest of the runs");
        }
        return {};
    case ValueRole:
        return cell.value ? QVariant(*cell.value) : QVariant();
    case BestRole:
        return cell.best;
    case RunDirRole:
        return toQString(m_runs[static_cast<size_t>(index.column())].runDir);
    default:
        return {};
    }
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= static_cast<int>(m_shown.size())) {
            return {};
        }
        if (role == Qt::DisplayRole) {
            return rowName(rowAt(section));
        }
        if (role == Qt::ToolTipRole && rowAt(section) >= MacroF1Row) {
            return tr("Not in the reference table: LiteTune's addition.");
        }
        return {};
    }
    if (section < 0 || section >= columnCount()) {
        return {};
    }
    const auto& run = m_runs[static_cast<size_t>(section)];
    const litetune::RunOutcome ended = outcome(section);
    const bool ranked = litetune::runIsRanked(ended);
    if (role == Qt::DisplayRole) {
        return ranked ? RunCatalog::displayName(run)
                      : tr("%1 (%2)", "run name, how it ended").arg(RunCatalog::displayName(run), outcomeText(ended));
    }
    if (role == Qt::ToolTipRole) {
        const QString folder = QDir::toNativeSeparators(toQString(run.runDir));
        return ranked ? folder : tr("%1\nThe run did not finish: its numbers are never marked best.").arg(folder);
    }
    if (role == Qt::FontRole && !ranked) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}
