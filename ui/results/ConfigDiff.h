// ConfigDiff: the settings in which the chosen runs differ, from each run's TrainConfig (run.json),
// with run.json's key names ("lr", "batch_size", "lora_r", ...). Keys equal across every run are
// left out; the output folder, resume folder and name always differ and say nothing, so they are
// never listed. LoRA's settings read "—" for runs that are not LoRA runs.
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
    static QVector<QPair<QString, QString>> settings(const litetune::TrainConfig& config);
    // The keys whose values differ between the runs (none for fewer than two runs).
    static QVector<Entry> differences(const RunResultList& runs);
};
