// ModelExportDialog: the questions of "Export Model…" — which run's model (the runs in the runs
// folder that trained something), whether a LoRA adapter is merged into its base model, and the
// output folder. It only asks: whether the folder may be written is the engine's call
// (litetune::inspectExportTarget, in ModelExporter), so the folder rules live in one place.
#pragma once

#include "bridge/EngineTypes.h"

#include "api/RunExport.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class RunSelectionModel;

class ModelExportDialog : public QDialog {
    Q_OBJECT

public:
    // `runDir` is the run chosen at first (else the first in the list); a folder name typed without
    // a path is made in `baseFolder` (else the home folder).
    explicit ModelExportDialog(const RunSelectionModel* selection, const QString& runDir = {},
                               const QString& baseFolder = {}, QWidget* parent = nullptr);

    // Runs with something to export: every method but the base evaluation.
    static bool isExportable(const litetune::RunResult& run);

    QString runDir() const;
    bool merged() const;
    // The output folder as an absolute path; empty when none is given.
    QString outputFolder() const;
    // What the engine is asked for (overwrite stays false: that is asked after the dialog).
    litetune::ModelExportRequest request() const;

private:
    const litetune::RunResult* currentRun() const;
    bool isLora() const;
    bool writesAdapter() const;
    QString suggestedFolder() const;
    void runOrMergeChanged();
    void browse();
    void updateButtons();

    RunResultList m_runs; // the exportable runs, in the list's order
    QString m_baseFolder;
    QString m_suggestion; // the folder the dialog proposed; replaced while the user has not edited it
    QListWidget* m_list = nullptr;
    QCheckBox* m_merge = nullptr;
    QLabel* m_description = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
