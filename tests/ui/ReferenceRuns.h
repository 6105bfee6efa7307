// docs/architecture.md's reference table as three runs (a base evaluation, a full fine-tune and
// LoRA), for tests that need fixed figures rather than those of a fresh demo run.
#pragma once

#include "bridge/EngineTypes.h"

namespace uitest {

inline RunResultList referenceRuns() {
    litetune::RunResult base;
    base.name = "base";
    base.config.method = litetune::Method::Evaluate;
    base.eval.samples = 1000;
    base.eval.loss = 3.1;
    base.eval.accuracy = 0.05;
    base.eval.runtimeSeconds = 200.0;
    base.eval.samplesPerSecond = 110.0;
    base.eval.stepsPerSecond = 1.7;
    base.trainableParams = 0;

    litetune::RunResult full;
    full.name = "full";
    full.config.method = litetune::Method::Full;
    full.globalStep = 100;
    full.trainLoss = 1.5625;
    full.eval = base.eval;
    full.eval.loss = 1.5016;
    full.eval.accuracy = 0.4732;
    full.eval.f1Weighted = 0.4614;
    full.eval.precisionWeighted = 0.5127;
    full.eval.recallWeighted = 0.4732;
    full.eval.f1Macro = 0.30;
    full.trainRuntime = 93 * 60 + 10;
    full.eval.runtimeSeconds = 3 * 60 + 28;
    full.eval.samplesPerSecond = 108.258;
    full.eval.stepsPerSecond = 1.696;
    full.epoch = 1.0;
    full.trainableParams = 124'439'808;
    full.peakMemoryBytes = 3LL << 30;
    full.adapterBytes = 500LL << 20;

    litetune::RunResult lora = full;
    lora.name = "lora";
    lora.config.method = litetune::Method::Lora;
    lora.trainLoss = 1.9241;
    lora.eval.loss = 1.9065;
    lora.eval.accuracy = 0.3387;
    lora.eval.f1Weighted = 0.2886;
    lora.eval.precisionWeighted = 0.4097;
    lora.eval.recallWeighted = 0.3387;
    lora.eval.f1Macro = 0.20;
    lora.trainRuntime = 85 * 60 + 2;
    lora.eval.runtimeSeconds = 3 * 60 + 39;
    lora.eval.samplesPerSecond = 102.473;
    lora.eval.stepsPerSecond = 1.605;
    lora.trainableParams = 811'008;
    lora.peakMemoryBytes = 2LL << 30;
    lora.adapterBytes = 3LL << 20;
    return {base, full, lora};
}

} // namespace uitest
