// ConfigDiff: the settings in which the chosen runs differ, as the engine's config table gives
// them (api/Report.h, configTableRows: run.json's key names, the report's rows), shown for reading:
// yes/no for booleans, "—" where a run has no value (LoRA's settings in a run that is not a LoRA
// run, an unset column or adapter). Keys equal across every run are left out.
#pragma once

#include "bridge/EngineTypes.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class ConfigDiff {
    Q_DECLARE_TR_FUNCTIONS(ConfigDiff)

public:
    struct Entry {
        QString key;
        QStringList values; // one per run, in run order
    };

    // Every compared key of one run with its value as shown.
    static QVector<QPair<QString, QString>> settings(const litetune::RunResult& run);
    // The keys whose values differ between the runs (none for fewer than two runs).
    static QVector<Entry> differences(const RunResultList& runs);
};
