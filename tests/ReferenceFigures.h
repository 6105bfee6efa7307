// The reference table's published figures (docs/architecture.md "Reference table") for the full
// fine-tune and the LoRA run, in one place for the engine's report fixtures and the GUI's results
// tests, which check that both render them exactly.
#pragma once

#include "api/Results.h"

namespace testref {

enum class ReferenceRun { Full, Lora };

inline void applyReferenceFigures(litetune::RunResult& run, ReferenceRun which) {
    const bool full = which == ReferenceRun::Full;
    run.trainLoss = full ? 1.5625 : 1.9241;
    run.eval.loss = full ? 1.5016 : 1.9065;
    run.eval.accuracy = full ? 0.4732 : 0.3387;
    run.eval.f1Weighted = full ? 0.4614 : 0.2886;
    run.eval.precisionWeighted = full ? 0.5127 : 0.4097;
    run.eval.recallWeighted = full ? 0.4732 : 0.3387;
    run.eval.samplesPerSecond = full ? 108.258 : 102.473;
    run.eval.stepsPerSecond = full ? 1.696 : 1.605;
    run.epoch = 1.0;
}

} // namespace testref
