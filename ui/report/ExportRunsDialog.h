// ExportRunsDialog: the first step of "Export report…" — which runs the report holds, as a
// checklist of every run in the runs folder with the runs chosen in the Results place ticked.
// The report's columns follow the list's order.
#pragma once

#include "bridge/EngineTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QListWidget;
class RunSelectionModel;

class ExportRunsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportRunsDialog(const RunSelectionModel* selection, QWidget* parent = nullptr);

    RunResultList chosenRuns() const;

private:
    void updateButtons();

    RunResultList m_runs;
    QListWidget* m_list = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
