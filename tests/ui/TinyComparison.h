// A demo comparison small enough for a test (base, full and LoRA on 64 training and 32
// evaluation quotes, five steps each), run on the calling thread.
#pragma once

#include "api/Workbench.h"

#include <vector>

namespace uitest {

inline std::vector<litetune::RunResult> tinyDemoComparison() {
    struct Silent : litetune::TrainingObserver {};
    litetune::TrainConfig config;
    config.maxSteps = 5;
    config.limitTrain = 64;
    config.limitEval = 32;
    config.batchSize = 8;
    Silent observer;
    litetune::RunControl control;
    return litetune::runComparison(config, observer, control);
}

} // namespace uitest
