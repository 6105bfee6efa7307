// ConfigSettings: the last knobs the user chose, kept in QSettings so the Configure place
// opens as it was left. Only what the form shows is stored; paths are not (they may vanish).
#pragma once

#include "api/TrainConfig.h"

class QSettings;

class ConfigSettings {
public:
    static void save(QSettings& settings, const litetune::TrainConfig& config);
    // Leaves fields that were never saved at their current values.
    static void load(QSettings& settings, litetune::TrainConfig& config);
};
