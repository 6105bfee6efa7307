// LinearSchedule: step accounting and the linear warm-up/decay learning-rate multiplier of the
// Hugging Face Trainer, as pure functions. It does not touch an optimizer.
// Reference: transformers optimization.py get_linear_schedule_with_warmup, trainer.py
// (num_update_steps_per_epoch, max_steps); docs/formats.md §6.4.
#pragma once

#include <cstdint>

namespace litetune {

struct StepPlan {
    std::int64_t batchesPerEpoch = 0; // micro-batches (len(dataloader))
    std::int64_t stepsPerEpoch = 0;   // optimizer steps: max(ceil(batches / grad_accum), 1)
    std::int64_t maxSteps = 0;        // ceil(epochs × stepsPerEpoch) unless given
    std::int64_t warmupSteps = 0;     // ceil(maxSteps × warmupRatio)
    bool maxStepsGiven = false;
    double epochs = 0.0; // the epochs the run covers (maxSteps / stepsPerEpoch when given)
};

StepPlan planSteps(std::int64_t examples, int batchSize, int gradAccum, double epochs, std::int64_t maxSteps,
                   double warmupRatio);

// The multiplier of the base learning rate at scheduler step `step` (optimizer steps taken):
// step / max(1, W) while warming up, then max(0, (T - step) / max(1, T - W)).
double linearScheduleMultiplier(std::int64_t step, std::int64_t warmupSteps, std::int64_t totalSteps);

} // namespace litetune
