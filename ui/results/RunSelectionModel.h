// RunSelectionModel: the runs of the catalogue as a checkable list — the runs the Results place
// compares as columns, the Playground asks, and a report exports. One selection shared by those
// places, so runs chosen in one are chosen in the others. Runs are keyed by folder, so the choice
// survives a refresh of the catalogue; runs that appear later (a run just finished) are checked,
// and the first fill checks the newest comparison. Editing a row renames its run (RunCatalog::
// rename); runs `train --resume` can continue are marked. Also knows the label glyphs of the open
// dataset, which run folders do not record.
#pragma once

#include "bridge/EngineTypes.h"

#include <QAbstractListModel>
#include <QColor>
#include <QHash>
#include <QSet>
#include <QStringList>

class RunCatalog;

class RunSelectionModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        RunDirRole = Qt::UserRole + 1,
        ResumableRole, // bool: `litetune-cli train --resume` can continue the run
    };

    explicit RunSelectionModel(RunCatalog* catalog, QObject* parent = nullptr);

    RunCatalog* catalog() const { return m_catalog; }
    // The checked runs, in the catalogue's order.
    RunResultList selectedRuns() const;
    QStringList selectedRunDirs() const;
    bool isSelected(const QString& runDir) const { return m_checked.contains(runDir); }
    void setSelected(const QString& runDir, bool selected);
    void setSelectedRunDirs(const QStringList& runDirs);

    // Label glyphs (and counts, for reports) from the dataset the runs were made on.
    void setDataset(const DatasetHandle& dataset);
    const DatasetHandle& dataset() const { return m_dataset; }
    // The glyph shown for a label name: the open dataset's, else the engine's emoji table's, else
    // the name itself when it is a symbol; empty when none is known.
    QString glyph(const std::string& labelName) const;
    // The colour that stands for the index-th chosen run in plots and cards.
    static QColor runColor(int index);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void selectionChanged();
    void glyphsChanged();
    // An edit of a run's name (F2 in the run list) was refused; `message` says why.
    void renameFailed(const QString& message);

private:
    void reload();
    void checkNewestComparison();

    RunCatalog* m_catalog = nullptr;
    RunResultList m_runs;
    QSet<QString> m_checked;
    QSet<QString> m_known; // every run folder seen so far
    bool m_filled = false;
    DatasetHandle m_dataset;
    QHash<QString, QString> m_glyphs; // label name → glyph, from m_dataset
};
