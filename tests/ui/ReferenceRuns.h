// docs/architecture.md's reference table as three runs (a base evaluation, a full fine-tune and
// LoRA), for tests that need fixed figures rather than those of a fresh demo run.
#pragma once

#include "../ReferenceFigures.h"
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
    full.eval = base.eval;
    testref::applyReferenceFigures(full, testref::ReferenceRun::Full);
    full.eval.f1Macro = 0.30;
    full.trainRuntime = 93 * 60 + 10;
    full.eval.runtimeSeconds = 3 * 60 + 28;
    full.trainableParams = 124'439'808;
    full.peakMemoryBytes = 3LL << 30;
    full.adapterBytes = 500LL << 20;

    litetune::RunResult lora = full;
    lora.name = "lora";
    lora.config.method = litetune::Method::Lora;
    testref::applyReferenceFigures(lora, testref::ReferenceRun::Lora);
    lora.eval.f1Macro = 0.20;
    lora.trainRuntime = 85 * 60 + 2;
    lora.eval.runtimeSeconds = 3 * 60 + 39;
    lora.trainableParams = 811'008;
    lora.peakMemoryBytes = 2LL << 30;
    lora.adapterBytes = 3LL << 20;
    return {base, full, lora};
}

} // namespace uitest
