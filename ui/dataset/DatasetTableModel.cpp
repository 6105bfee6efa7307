#include "dataset/DatasetTableModel.h"

#include "common/LabelGlyphs.h"

#include <algorithm>

DatasetTableModel::DatasetTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DatasetTableModel::setDataset(const DatasetHandle& dataset) {
    beginResetModel();
    m_dataset = dataset;
    m_splitStarts.clear();
    m_texts.clear();
    m_splitNames.clear();
    m_glyphs.clear();
    m_labelNames.clear();
    // Glyphs a little larger than the text, so they read at a glance.
    m_glyphFont = LabelGlyphs::emojiFont(QFont().pointSizeF() * 1.25);
    if (m_dataset) {
        int start = 0;
        for (const auto& split : m_dataset->splits) {
            m_splitStarts.append(start);
            start += static_cast<int>(split.examples.size());
            m_splitNames.append(toQString(split.name));
        }
        m_splitStarts.append(start);
        m_texts.reserve(start);
        for (const auto& split : m_dataset->splits) {
            for (const auto& example : split.examples) {
                m_texts.append(toQString(example.text));
            }
        }
        for (const auto& label : m_dataset->labels) {
            m_glyphs.append(LabelGlyphs::glyph(label));
            m_labelNames.append(LabelGlyphs::displayName(label));
        }
    }
    endResetModel();
}

DatasetTableModel::Location DatasetTableModel::locate(int row) const {
    if (row < 0 || m_splitStarts.isEmpty() || row >= m_splitStarts.last()) {
        return {};
    }
    const auto next = std::upper_bound(m_splitStarts.cbegin(), m_splitStarts.cend(), row);
    const int split = static_cast<int>(next - m_splitStarts.cbegin()) - 1;
    return {split, row - m_splitStarts.at(split)};
}

int DatasetTableModel::rowOf(int split, int example) const {
    if (split < 0 || split + 1 >= m_splitStarts.size()) {
        return -1;
    }
    const int row = m_splitStarts.at(split) + example;
    return row < m_splitStarts.at(split + 1) ? row : -1;
}

const litetune::Example* DatasetTableModel::example(int row) const {
    const Location location = locate(row);
    if (location.split < 0) {
        return nullptr;
    }
    return &m_dataset->splits[static_cast<size_t>(location.split)].examples[static_cast<size_t>(location.example)];
}

int DatasetTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || m_splitStarts.isEmpty() ? 0 : m_splitStarts.last();
}

int DatasetTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatasetTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Location location = locate(index.row());
    const auto& example =
        m_dataset->splits[static_cast<size_t>(location.split)].examples[static_cast<size_t>(location.example)];
    const bool hasLabel = example.label >= 0 && example.label < m_glyphs.size();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SplitColumn:
            return m_splitNames.at(location.split);
        case GlyphColumn:
            return hasLabel ? m_glyphs.at(example.label) : QString();
        case LabelColumn:
            return hasLabel ? m_labelNames.at(example.label) : tr("(none)");
        case TextColumn:
            return m_texts.at(index.row());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn) {
            return m_texts.at(index.row());
        }
        break;
    case Qt::FontRole:
        if (index.column() == GlyphColumn) {
            return m_glyphFont;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == GlyphColumn) {
            return int(Qt::AlignCenter);
        }
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case LabelRole:
        return example.label;
    case SplitIndexRole:
        return location.split;
    case ExampleIndexRole:
        return location.example;
    }
    return {};
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    switch (section) {
    case SplitColumn:
        return tr("Split");
    case GlyphColumn:
        return tr("Emoji");
    case LabelColumn:
        return tr("Label");
    case TextColumn:
        return tr("Text");
    }
    return {};
}
