// The linear warm-up/decay schedule and step accounting against hand-computed values
// (docs/formats.md §6.4; transformers get_linear_schedule_with_warmup).
#include "train/LinearSchedule.h"

#include <gtest/gtest.h>

using namespace litetune;

TEST(LinearSchedule, WarmupThenLinearDecay) {
    // T = 10, W = 2: 0, 0.5, then (10 - s) / 8
    const double expected[] = {0.0, 0.5, 1.0, 0.875, 0.75, 0.625, 0.5, 0.375, 0.25, 0.125, 0.0, 0.0};
    for (int s = 0; s < 12; ++s)
        EXPECT_DOUBLE_EQ(linearScheduleMultiplier(s, 2, 10), expected[s]) << "step " << s;
}

TEST(LinearSchedule, NoWarmupStartsAtFullRate) {
    EXPECT_DOUBLE_EQ(linearScheduleMultiplier(0, 0, 4), 1.0);
    EXPECT_DOUBLE_EQ(linearScheduleMultiplier(1, 0, 4), 0.75);
    EXPECT_DOUBLE_EQ(linearScheduleMultiplier(4, 0, 4), 0.0);
    EXPECT_DOUBLE_EQ(linearScheduleMultiplier(0, 0, 0), 0.0); // degenerate: nothing to train
}

TEST(LinearSchedule, StepsPerEpochAndWarmupRoundUp) {
    // 45000 tweets, batch 8: 5625 batches, one epoch, warmup 10 % -> ceil(562.5) = 563
    StepPlan p = planSteps(45000, 8, 1, 1.0, -1, 0.1);
    EXPECT_EQ(p.batchesPerEpoch, 5625);
    EXPECT_EQ(p.stepsPerEpoch, 5625);
    EXPECT_EQ(p.maxSteps, 5625);
    EXPECT_EQ(p.warmupSteps, 563);
    // 100 examples, batch 8 -> 13 batches; accumulation 4 -> ceil(13 / 4) = 4 steps, the last one of a
    // single batch (transformers 5); 2.5 epochs -> ceil(10) = 10
    p = planSteps(100, 8, 4, 2.5, -1, 0.0);
    EXPECT_EQ(p.batchesPerEpoch, 13);
    EXPECT_EQ(p.stepsPerEpoch, 4);
    EXPECT_EQ(p.maxSteps, 10);
    EXPECT_EQ(p.warmupSteps, 0);
    // fewer batches than the accumulation: still one step per epoch
    p = planSteps(5, 8, 4, 3.0, -1, 0.0);
    EXPECT_EQ(p.stepsPerEpoch, 1);
    EXPECT_EQ(p.maxSteps, 3);
    // --max-steps wins over epochs
    p = planSteps(45000, 8, 1, 3.0, 7, 0.5);
    EXPECT_TRUE(p.maxStepsGiven);
    EXPECT_EQ(p.maxSteps, 7);
    EXPECT_EQ(p.warmupSteps, 4);
}
