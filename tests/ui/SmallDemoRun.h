// The small run the GUI tests and the UI benchmark train: the built-in model and data, full
// fine-tuning in batches of 8 × 32 tokens, 160 training and 64 evaluation examples, one thread —
// seconds per epoch, so a test can start, watch and stop runs.
#pragma once

#include "api/TrainConfig.h"

namespace uitest {

inline litetune::TrainConfig smallDemoRun() {
    litetune::TrainConfig config; // model and data: "demo"
    config.method = litetune::Method::Full;
    config.batchSize = 8;
    config.evalBatchSize = 32;
    config.maxLength = 32;
    config.learningRate = 1e-3;
    config.limitTrain = 160;
    config.limitEval = 64;
    config.threads = 1;
    return config;
}

} // namespace uitest
