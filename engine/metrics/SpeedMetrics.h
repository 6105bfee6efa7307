// SpeedMetrics: runtime, samples/s and steps/s with the Hugging Face Trainer's rounding
// (runtime to 4 decimals, rates to 3, rates from the unrounded runtime), and Python's round().
// It does not measure time itself; callers pass seconds.
// Reference: transformers src/transformers/trainer_utils.py speed_metrics; docs/formats.md §6.5.
#pragma once

#include <cstdint>

namespace litetune {

// Python's round(value, digits): the decimal nearest to the double's exact value, ties to even.
double pythonRound(double value, int digits);

struct SpeedMetrics {
    double runtime = 0.0;          // seconds, rounded to 4 decimals
    double samplesPerSecond = 0.0; // rounded to 3 decimals; 0 when runtime is 0
    double stepsPerSecond = 0.0;
};

SpeedMetrics speedMetrics(double seconds, double samples, double steps);

// evaluate(): steps = ceil(samples / batch size).
SpeedMetrics evalSpeedMetrics(double seconds, std::int64_t samples, std::int64_t batchSize);

// train(): samples = len(train) × epochs, or max_steps × total batch when max_steps was given.
SpeedMetrics trainSpeedMetrics(double seconds, std::int64_t trainExamples, double epochs, std::int64_t maxSteps,
                               bool maxStepsGiven, std::int64_t totalBatchSize);

} // namespace litetune
