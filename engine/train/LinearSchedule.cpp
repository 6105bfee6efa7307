// Step accounting and the linear schedule. Reference: transformers optimization.py
// (_get_linear_schedule_with_warmup_lr_lambda), trainer.py _inner_training_loop; docs/formats.md §6.4.
#include "train/LinearSchedule.h"

#include <algorithm>
#include <cmath>

namespace litetune {

StepPlan planSteps(std::int64_t examples, int batchSize, int gradAccum, double epochs, std::int64_t maxSteps,
                   double warmupRatio) {
    StepPlan plan;
    const std::int64_t batch = std::max(1, batchSize);
    const std::int64_t accum = std::max(1, gradAccum);
    plan.batchesPerEpoch = (std::max<std::int64_t>(examples, 0) + batch - 1) / batch;
    // transformers 5 (set_initial_training_values): a last, shorter accumulation window is a step
    // of its own, not dropped and not merged into the step before.
    plan.stepsPerEpoch = std::max<std::int64_t>((plan.batchesPerEpoch + accum - 1) / accum, 1);
    if (maxSteps > 0) {
        plan.maxStepsGiven = true;
        plan.maxSteps = maxSteps;
        plan.epochs = static_cast<double>(maxSteps) / static_cast<double>(plan.stepsPerEpoch);
    } else {
        plan.maxSteps = static_cast<std::int64_t>(std::ceil(epochs * static_cast<double>(plan.stepsPerEpoch)));
        plan.epochs = epochs;
    }
    plan.warmupSteps = static_cast<std::int64_t>(std::ceil(static_cast<double>(plan.maxSteps) * warmupRatio));
    return plan;
}

double linearScheduleMultiplier(std::int64_t step, std::int64_t warmupSteps, std::int64_t totalSteps) {
    if (step < warmupSteps)
        return static_cast<double>(step) / static_cast<double>(std::max<std::int64_t>(1, warmupSteps));
    return std::max(0.0, static_cast<double>(totalSteps - step) /
                             static_cast<double>(std::max<std::int64_t>(1, totalSteps - warmupSteps)));
}

} // namespace litetune
