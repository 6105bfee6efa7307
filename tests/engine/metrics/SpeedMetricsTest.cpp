// The Trainer's rounding and rate rules (docs/formats.md §6.5), against values Python prints.
#include "metrics/SpeedMetrics.h"

#include <gtest/gtest.h>

using namespace litetune;

TEST(SpeedMetrics, PythonRoundRoundsTheExactBinaryValue) {
    EXPECT_DOUBLE_EQ(pythonRound(2.675, 2), 2.67); // 2.675 is 2.67499999... in binary
    EXPECT_DOUBLE_EQ(pythonRound(0.125, 2), 0.12); // exact tie: to even
    EXPECT_DOUBLE_EQ(pythonRound(0.375, 2), 0.38);
    EXPECT_DOUBLE_EQ(pythonRound(5593.12345678, 4), 5593.1235);
    EXPECT_DOUBLE_EQ(pythonRound(-1.00005, 4), -1.0001);
}

TEST(SpeedMetrics, EvalRatesUseUnroundedRuntimeAndCeilSteps) {
    // 5000 samples, batch 8 -> 625 steps, in 208.12345678 s
    const SpeedMetrics m = evalSpeedMetrics(208.12345678, 5000, 8);
    EXPECT_DOUBLE_EQ(m.runtime, 208.1235);
    EXPECT_DOUBLE_EQ(m.samplesPerSecond, 24.024); // 5000 / 208.12345678 = 24.02420...
    EXPECT_DOUBLE_EQ(m.stepsPerSecond, 3.003);    // 625 / 208.12345678 = 3.00302...
    const SpeedMetrics odd = evalSpeedMetrics(1.0, 9, 8);
    EXPECT_DOUBLE_EQ(odd.stepsPerSecond, 2.0);
}

TEST(SpeedMetrics, TrainSamplesFollowEpochsOrMaxSteps) {
    // 45000 examples, 1 epoch, 5625 steps in 100 s
    SpeedMetrics m = trainSpeedMetrics(100.0, 45000, 1.0, 5625, false, 8);
    EXPECT_DOUBLE_EQ(m.samplesPerSecond, 450.0);
    EXPECT_DOUBLE_EQ(m.stepsPerSecond, 56.25);
    // --max-steps 10 with batch 8 × accumulation 4: 320 samples
    m = trainSpeedMetrics(4.0, 45000, 1.0, 10, true, 32);
    EXPECT_DOUBLE_EQ(m.samplesPerSecond, 80.0);
    EXPECT_DOUBLE_EQ(m.stepsPerSecond, 2.5);
}

TEST(SpeedMetrics, ZeroRuntimeGivesNoRates) {
    const SpeedMetrics m = speedMetrics(0.0, 10, 2);
    EXPECT_EQ(m.runtime, 0.0);
    EXPECT_EQ(m.samplesPerSecond, 0.0);
}
