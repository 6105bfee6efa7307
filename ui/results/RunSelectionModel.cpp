#include "results/RunSelectionModel.h"

#include "common/LabelGlyphs.h"
#include "results/MetricFormat.h"
#include "runs/RunCatalog.h"

#include "api/Report.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>

#include <algorithm>

namespace {

// Runs of one comparison share a parent folder; a single run's parent is the runs root.
QString parentFolder(const litetune::RunResult& run) {
    return QFileInfo(toQString(run.runDir)).absolutePath();
}

} // namespace

RunSelectionModel::RunSelectionModel(RunCatalog* catalog, QObject* parent)
    : QAbstractListModel(parent)
    , m_catalog(catalog) {
    connect(m_catalog, &RunCatalog::runsChanged, this, &RunSelectionModel::reload);
    reload();
}

void RunSelectionModel::reload() {
    const QSet<QString> checkedBefore = m_checked;
    beginResetModel();
    m_runs = m_catalog->runs();
    QSet<QString> present;
    for (const auto& run : m_runs) {
        const QString dir = toQString(run.runDir);
        present.insert(dir);
        // A run that appeared since the last look has just finished: show it at once.
        if (m_filled && !m_known.contains(dir)) {
            m_checked.insert(dir);
        }
        m_known.insert(dir);
    }
    m_checked.intersect(present);
    if (!m_filled && !m_runs.empty()) {
        checkNewestComparison();
        m_filled = true;
    }
    endResetModel();
    if (m_checked != checkedBefore) {
        emit selectionChanged();
    }
}

void RunSelectionModel::checkNewestComparison() {
    // The catalogue lists folders by name, and run folders are named by time: the newest run is
    // last, and the runs of its comparison are the ones beside it.
    const auto& newest = m_runs.back();
    const QString group = parentFolder(newest);
    const bool single = QDir(group) == QDir(m_catalog->runsRoot());
    for (const auto& run : m_runs) {
        if (single ? run.runDir == newest.runDir : parentFolder(run) == group) {
            m_checked.insert(toQString(run.runDir));
        }
    }
}

RunResultList RunSelectionModel::selectedRuns() const {
    RunResultList runs;
    for (const auto& run : m_runs) {
        if (m_checked.contains(toQString(run.runDir))) {
            runs.push_back(run);
        }
    }
    return runs;
}

QStringList RunSelectionModel::selectedRunDirs() const {
    QStringList dirs;
    for (const auto& run : m_runs) {
        const QString dir = toQString(run.runDir);
        if (m_checked.contains(dir)) {
            dirs.append(dir);
        }
    }
    return dirs;
}

void RunSelectionModel::setSelected(const QString& runDir, bool selected) {
    if (selected == m_checked.contains(runDir)) {
        return;
    }
    if (selected) {
        m_checked.insert(runDir);
    } else {
        m_checked.remove(runDir);
    }
    for (size_t i = 0; i < m_runs.size(); ++i) {
        if (toQString(m_runs[i].runDir) == runDir) {
            const QModelIndex changed = index(static_cast<int>(i));
            emit dataChanged(changed, changed, {Qt::CheckStateRole});
        }
    }
    emit selectionChanged();
}

void RunSelectionModel::setSelectedRunDirs(const QStringList& runDirs) {
    const QSet<QString> wanted(runDirs.cbegin(), runDirs.cend());
    if (wanted == m_checked) {
        return;
    }
    m_checked = wanted;
    if (!m_runs.empty()) {
        emit dataChanged(index(0), index(static_cast<int>(m_runs.size()) - 1), {Qt::CheckStateRole});
    }
    emit selectionChanged();
}

void RunSelectionModel::setDataset(const DatasetHandle& dataset) {
    m_dataset = dataset;
    m_glyphs.clear();
    if (dataset) {
        for (const auto& label : dataset->labels) {
            m_glyphs.insert(toQString(label.name), LabelGlyphs::glyph(label));
        }
    }
    emit glyphsChanged();
}

QString RunSelectionModel::glyph(const std::string& labelName) const {
    const QString name = toQString(labelName);
    const auto known = m_glyphs.constFind(name);
    if (known != m_glyphs.constEnd() && !known->isEmpty()) {
        return *known;
    }
    const QString fromTable = toQString(litetune::defaultLabelGlyph(labelName));
    if (!fromTable.isEmpty()) {
        return fromTable;
    }
    litetune::LabelInfo info;
    info.name = labelName;
    return LabelGlyphs::glyph(info);
}

QColor RunSelectionModel::runColor(int index) {
    static const QColor kColors[] = {QColor(0x4c, 0x78, 0xa8), QColor(0xf5, 0x85, 0x18), QColor(0x54, 0xa2, 0x4b),
                                     QColor(0xe4, 0x57, 0x56), QColor(0x72, 0xb7, 0xb2), QColor(0xb2, 0x79, 0xa2),
                                     QColor(0xff, 0x9d, 0xa6), QColor(0x9d, 0x75, 0x5d)};
    return kColors[static_cast<size_t>(std::max(0, index)) % (sizeof kColors / sizeof kColors[0])];
}

int RunSelectionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

QVariant RunSelectionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto& run = m_runs[static_cast<size_t>(index.row())];
    const QString dir = toQString(run.runDir);
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = RunCatalog::displayName(run);
        if (run.heldByPid != 0) {
            return run.heldByPid > 0 ? tr("%1 (running elsewhere, PID %2)").arg(name).arg(run.heldByPid)
                                     : tr("%1 (running elsewhere)").arg(name);
        }
        const bool resumable = !m_catalog->resumeCheckpoint(dir).isEmpty();
        if (resumable) {
            return run.cancelled ? tr("%1 (cancelled, resumable)").arg(name) : tr("%1 (resumable)").arg(name);
        }
        return run.cancelled ? tr("%1 (cancelled)").arg(name) : name;
    }
    case Qt::EditRole:
        return RunCatalog::displayName(run);
    case Qt::ToolTipRole: {
        // A run that never evaluated (cancelled early, failed) has no scores: "—", not 0.00%.
        const bool evaluated = run.eval.samples > 0;
        QString tip = tr("%1 — %2<br>Accuracy %3, macro F1 %4<br>%5")
                          .arg(RunCatalog::displayName(run).toHtmlEscaped(),
                               QString::fromLatin1(litetune::methodName(run.config.method)),
                               evaluated ? MetricFormat::percent(run.eval.accuracy) : MetricFormat::missing(),
                               evaluated ? MetricFormat::percent(run.eval.f1Macro) : MetricFormat::missing(),
                               QDir::toNativeSeparators(dir).toHtmlEscaped());
        if (!m_catalog->resumeCheckpoint(dir).isEmpty()) {
            tip += tr("<br><b>Resumable</b>: it stopped before the end and kept a checkpoint. Continue it "
                      "with Resume Training (right-click), or <code>litetune-cli train --resume %1</code>")
                       .arg(QDir::toNativeSeparators(dir).toHtmlEscaped());
        }
        return tip;
    }
    case Qt::CheckStateRole:
        return static_cast<int>(m_checked.contains(dir) ? Qt::Checked : Qt::Unchecked);
    case Qt::FontRole:
        if (run.cancelled) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case RunDirRole:
        return dir;
    case ResumableRole:
        return !m_catalog->resumeCheckpoint(dir).isEmpty();
    default:
        return {};
    }
}

bool RunSelectionModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= rowCount()) {
        return false;
    }
    if (role == Qt::EditRole) {
        const auto& run = m_runs[static_cast<size_t>(index.row())];
        if (value.toString().trimmed() == RunCatalog::displayName(run)) {
            return true; // an edit that changed nothing writes nothing
        }
        // The catalogue rereads the runs on success, which resets this model.
        const QString error = m_catalog->rename(toQString(run.runDir), value.toString());
        if (!error.isEmpty()) {
            emit renameFailed(tr("Could not rename “%1”: %2").arg(RunCatalog::displayName(run), error));
            return false;
        }
        return true;
    }
    if (role != Qt::CheckStateRole) {
        return false;
    }
    setSelected(toQString(m_runs[static_cast<size_t>(index.row())].runDir),
                static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked);
    return true;
}

Qt::ItemFlags RunSelectionModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
}
