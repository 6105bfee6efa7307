// ConfigValidator: what stops a run before it starts, as sentences the Configure place shows
// next to its buttons — a missing dataset or model, a value outside its range (the engine's rule
// table, worded as the CLI words it), an empty target list. The engine checks again; this only
// spares the user a failed start.
#pragma once

#include "api/TrainConfig.h"

#include <QCoreApplication>
#include <QStringList>

class ConfigValidator {
    Q_DECLARE_TR_FUNCTIONS(ConfigValidator)

public:
    enum class Action { Train, Compare };

    static QStringList problems(const litetune::TrainConfig& config, bool hasDataset, Action action);
};
