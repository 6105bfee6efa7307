#include "results/DiffSampleModel.h"

#include "common/LabelGlyphs.h"
#include "results/F1DeltaPlot.h"

#include <QFont>
#include <QLocale>

DiffSampleModel::DiffSampleModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DiffSampleModel::setContext(const QVector<ConfusionMatrixPlot::Label>& labels, const QString& nameA,
                                 const QString& nameB, const QHash<qint64, QString>& texts) {
    beginResetModel();
    m_labels = labels;
    m_nameA = nameA;
    m_nameB = nameB;
    m_texts = texts;
    m_samples.clear();
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void DiffSampleModel::setSamples(std::vector<litetune::DiffSample> samples) {
    beginResetModel();
    m_samples = std::move(samples);
    endResetModel();
}

int DiffSampleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_samples.size());
}

int DiffSampleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiffSampleModel::labelName(int label) const {
    return label >= 0 && label < m_labels.size() ? m_labels.at(label).name : QString::number(label);
}

QVariant DiffSampleModel::predictionData(int label, int predicted, float probability, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2%").arg(labelName(predicted), QLocale().toString(probability * 100.0, 'f', 0));
    case Qt::DecorationRole:
        return predicted >= 0 && predicted < m_labels.size() ? LabelGlyphs::icon(m_labels.at(predicted).glyph, 20)
                                                             : QVariant();
    case Qt::ForegroundRole:
        return predicted == label ? F1DeltaPlot::gainColor() : F1DeltaPlot::lossColor();
    case Qt::ToolTipRole:
        return predicted == label ? tr("Right, with probability %1").arg(probability, 0, 'f', 3)
                                  : tr("Wrong, with probability %1").arg(probability, 0, 'f', 3);
    default:
        return {};
    }
}

QVariant DiffSampleModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const litetune::DiffSample& sample = m_samples[static_cast<size_t>(index.row())];
    if (role == SampleIndexRole) {
        return static_cast<qlonglong>(sample.index);
    }
    switch (index.column()) {
    case IndexColumn:
        if (role == Qt::DisplayRole) {
            return static_cast<qlonglong>(sample.index);
        }
        if (role == Qt::TextAlignmentRole) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const auto text = m_texts.constFind(static_cast<qint64>(sample.index));
            if (text != m_texts.constEnd()) {
                return role == Qt::DisplayRole ? text->simplified() : *text;
            }
            return role == Qt::ToolTipRole ? tr("Open the runs' dataset in the Dataset place to see the texts.")
                                           : QVariant();
        }
        break;
    case TrueColumn:
        if (role == Qt::DisplayRole) {
            return labelName(sample.label);
        }
        if (role == Qt::DecorationRole && sample.label >= 0 && sample.label < m_labels.size()) {
            return LabelGlyphs::icon(m_labels.at(sample.label).glyph, 20);
        }
        break;
    case RunAColumn:
        return predictionData(sample.label, sample.predictedA, sample.probabilityA, role);
    case RunBColumn:
        return predictionData(sample.label, sample.predictedB, sample.probabilityB, role);
    default:
        break;
    }
    return {};
}

QVariant DiffSampleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && (section == RunAColumn || section == RunBColumn)) {
        return section == RunAColumn ? m_nameA : m_nameB;
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case IndexColumn:
        return tr("Row");
    case TextColumn:
        return tr("Text");
    case TrueColumn:
        return tr("True label");
    case RunAColumn:
        return tr("A predicted");
    case RunBColumn:
        return tr("B predicted");
    default:
        return {};
    }
}
