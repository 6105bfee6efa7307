#include "playground/BatchPredictionModel.h"

#include "common/LabelGlyphs.h"

#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QSaveFile>

namespace {

QString csvField(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString labelName(const litetune::LabelScore& score) {
    QString name = toQString(score.name);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return name.trimmed();
}

} // namespace

BatchPredictionModel::BatchPredictionModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void BatchPredictionModel::reset(const QStringList& texts, const QStringList& runNames) {
    beginResetModel();
    m_texts = texts;
    m_runNames = runNames;
    m_runs = QVector<RunColumn>(runNames.size());
    endResetModel();
}

void BatchPredictionModel::setPredictions(int run, const PredictionTable& predictions,
                                          const QHash<QString, QString>& glyphs) {
    if (run < 0 || run >= m_runs.size()) {
        return;
    }
    RunColumn& column = m_runs[run];
    column.predictions = predictions;
    column.message.clear();
    column.glyphs.clear();
    for (const auto& scores : predictions) {
        QString glyph;
        if (!scores.empty()) {
            glyph = toQString(scores.front().glyph);
            if (glyph.isEmpty()) {
                glyph = glyphs.value(toQString(scores.front().name));
            }
        }
        column.glyphs.append(glyph);
    }
    if (!m_texts.isEmpty()) {
        emit dataChanged(index(0, FirstRunColumn + run), index(rowCount() - 1, FirstRunColumn + run));
    }
}

void BatchPredictionModel::setRunMessage(int run, const QString& message, const QString& detail) {
    if (run < 0 || run >= m_runs.size()) {
        return;
    }
    m_runs[run].message = message;
    m_runs[run].detail = detail;
    if (!m_texts.isEmpty()) {
        emit dataChanged(index(0, FirstRunColumn + run), index(rowCount() - 1, FirstRunColumn + run));
    }
}

void BatchPredictionModel::setPartial(int run) {
    if (run < 0 || run >= m_runs.size()) {
        return;
    }
    m_runs[run].partial = true;
    emit headerDataChanged(Qt::Horizontal, FirstRunColumn + run, FirstRunColumn + run);
}

bool BatchPredictionModel::isPartial() const {
    for (const auto& run : m_runs) {
        if (run.partial) {
            return true;
        }
    }
    return false;
}

bool BatchPredictionModel::hasPredictions() const {
    for (const auto& run : m_runs) {
        if (!run.predictions.empty()) {
            return true;
        }
    }
    return false;
}

int BatchPredictionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_texts.size();
}

int BatchPredictionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstRunColumn + m_runNames.size();
}

QVariant BatchPredictionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    if (index.column() == TextColumn) {
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(m_texts.at(index.row())) : QVariant();
    }
    const RunColumn& run = m_runs.at(index.column() - FirstRunColumn);
    const auto row = static_cast<size_t>(index.row());
    if (row >= run.predictions.size() || run.predictions[row].empty()) {
        if (role == Qt::DisplayRole) {
            return run.message.isEmpty() ? QStringLiteral("…") : run.message;
        }
        if (role == Qt::ToolTipRole && !run.detail.isEmpty()) {
            return run.detail;
        }
        if (role == Qt::ForegroundRole && !run.message.isEmpty()) {
            return QColor(Qt::gray);
        }
        return {};
    }
    const auto& scores = run.predictions[row];
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2%)")
            .arg(labelName(scores.front()), locale.toString(scores.front().probability * 100.0, 'f', 1));
    case Qt::DecorationRole:
        // The glyph as a colour icon: the cell's text font would draw it in monochrome.
        return LabelGlyphs::icon(run.glyphs.value(index.row()));
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const auto& score : scores) {
            lines.append(tr("%1: %2%").arg(labelName(score), locale.toString(score.probability * 100.0, 'f', 1)));
        }
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant BatchPredictionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Vertical) {
        return section + 1;
    }
    if (section == TextColumn) {
        return tr("Text");
    }
    const int run = section - FirstRunColumn;
    if (run >= 0 && run < m_runs.size() && m_runs.at(run).partial) {
        return tr("%1 (partial)").arg(m_runNames.at(run));
    }
    return m_runNames.value(run);
}

QString BatchPredictionModel::toCsv() const {
    // Column names stay English: files are read by programs more than by people.
    QStringList header{QStringLiteral("text")};
    for (const auto& name : m_runNames) {
        header << csvField(name + QStringLiteral(" label")) << csvField(name + QStringLiteral(" glyph"))
               << csvField(name + QStringLiteral(" probability"));
    }
    QString out = header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (int row = 0; row < m_texts.size(); ++row) {
        QStringList fields{csvField(m_texts.at(row))};
        for (const auto& run : m_runs) {
            const auto index = static_cast<size_t>(row);
            if (index < run.predictions.size() && !run.predictions[index].empty()) {
                const auto& top = run.predictions[index].front();
                fields << csvField(toQString(top.name)) << csvField(run.glyphs.value(row))
                       << QString::number(static_cast<double>(top.probability), 'f', 6);
            } else {
                fields << QString() << QString() << QString();
            }
        }
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

bool BatchPredictionModel::writeCsv(const QString& path, QString* errorMessage) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toCsv().toUtf8());
    if (!file.commit()) {
        *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
