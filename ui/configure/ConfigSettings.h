// ConfigSettings: the last knobs the user chose, kept in QSettings (group "knobs") so the Configure
// place opens as it was left: the method and every option with a QSettings key in the engine's
// option table (api/OptionTable.h). Paths are not stored (they may vanish).
#pragma once

#include "api/TrainConfig.h"

class QSettings;

class ConfigSettings {
public:
    static void save(QSettings& settings, const litetune::TrainConfig& config);
    // Leaves fields that were never saved at their current values.
    static void load(QSettings& settings, litetune::TrainConfig& config);
};
