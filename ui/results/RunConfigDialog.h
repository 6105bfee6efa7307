// RunConfigDialog: one run's settings for reading — where it is, its method and name, then every
// key of run.json's config as the report's config table gives it (ConfigDiff::settings), with the
// option's help text as tooltip where the key is an option's.
#pragma once

#include "bridge/EngineTypes.h"

#include <QDialog>

class QTableWidget;

class RunConfigDialog : public QDialog {
    Q_OBJECT

public:
    RunConfigDialog(const litetune::RunResult& run, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table = nullptr;
};
