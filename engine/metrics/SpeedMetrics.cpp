// The Trainer's speed metrics and Python's rounding. printf's "%.*f" rounds the exact binary
// value correctly (glibc), which is what CPython's round() does, so parsing it back gives the
// same double Python prints. Reference: trainer_utils.py speed_metrics; docs/formats.md §6.5.
#include "metrics/SpeedMetrics.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace litetune {

double pythonRound(double value, int digits) {
    if (!std::isfinite(value))
        return value;
    char text[512];
    const int n = std::snprintf(text, sizeof text, "%.*f", digits, value);
    if (n <= 0 || n >= static_cast<int>(sizeof text))
        return value; // beyond 1e500 nothing is left to round
    return std::strtod(text, nullptr);
}

SpeedMetrics speedMetrics(double seconds, double samples, double steps) {
    SpeedMetrics m;
    m.runtime = pythonRound(seconds, 4);
    if (seconds <= 0.0)
        return m;
    m.samplesPerSecond = pythonRound(samples / seconds, 3);
    m.stepsPerSecond = pythonRound(steps / seconds, 3);
    return m;
}

SpeedMetrics evalSpeedMetrics(double seconds, std::int64_t samples, std::int64_t batchSize) {
    const std::int64_t batch = batchSize > 0 ? batchSize : 1;
    const std::int64_t steps = (samples + batch - 1) / batch;
    return speedMetrics(seconds, static_cast<double>(samples), static_cast<double>(steps));
}

SpeedMetrics trainSpeedMetrics(double seconds, std::int64_t trainExamples, double epochs, std::int64_t maxSteps,
                               bool maxStepsGiven, std::int64_t totalBatchSize) {
    const double samples = maxStepsGiven ? static_cast<double>(maxSteps) * static_cast<double>(totalBatchSize)
                                         : static_cast<double>(trainExamples) * epochs;
    return speedMetrics(seconds, samples, static_cast<double>(maxSteps));
}

} // namespace litetune
