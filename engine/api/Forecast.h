// Forecast: what a run will need before it starts — peak memory split into its parts, the memory the
// device has free, and seconds per epoch from a short measured probe. `litetune-cli estimate` prints
// it as JSON and the Configure place shows it as the knobs move. The memory model and how it was
// checked against measured peaks: docs/benchmarks.md "Memory and time forecast". The peak is the one
// a run reports (RunResult::peakMemoryBytes): on CUDA the allocator's peak, on the CPU the process's
// peak resident set, which is why the CPU forecast includes the process itself (runtimeBytes).
// Plain values only; the implementation is engine/train/MemoryForecast.cpp (arithmetic),
// engine/runs/ForecastInputs.cpp (model, data and device facts) and engine/train/TimeProbe.cpp.
#pragma once

#include "api/ModelConfig.h"
#include "api/TrainConfig.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace litetune {

// What the arithmetic needs beyond the config; -1 (or 0) fields are filled by forecastResources.
struct ForecastInputs {
    std::int64_t paddedLength = 0;    // tokens per row of the largest batch; 0: config.maxLength
    std::string lengthSource;         // why paddedLength is what it is (said in the output)
    std::int64_t meanLength = 0;      // mean tokens per training example (0: unknown)
    std::int64_t trainExamples = 0;   // examples in the training split after --limit-train (0: unknown)
    std::int64_t runtimeBytes = -1;   // the process without the run's tensors; -1: measure it now
    std::int64_t availableBytes = -1; // -1: ask the device (CPU: MemAvailable; CUDA: total - allocated)
    bool onCuda = false;              // forecastResources sets it from config.device
};

struct ResourceForecast {
    std::int64_t weightsBytes = 0;     // every parameter, fp32
    std::int64_t gradientsBytes = 0;   // trainable parameters, fp32
    std::int64_t optimizerBytes = 0;   // AdamW's exp_avg and exp_avg_sq: 2 × 4 bytes × trainable
    std::int64_t activationsBytes = 0; // saved for backward plus backward's working set, largest batch
    std::int64_t runtimeBytes = 0;     // CPU: the process (LibTorch, program, data) and compute buffers
    std::int64_t peakBytes = 0;        // the sum
    std::int64_t availableBytes = 0;   // what the device has free now (0: unknown)
    std::int64_t totalParameters = 0;
    std::int64_t trainableParameters = 0;
    std::int64_t paddedLength = 0;
    std::string lengthSource;
    std::string device; // "cpu", "cuda:0"
    bool fits = true;   // peak <= available (true when available is unknown)
    std::string reason; // one sentence naming the numbers
    std::vector<std::string> assumptions;
};

struct TimeForecast {
    double secondsPerStep = 0;      // median of the measured optimizer steps at the padded length
    std::int64_t stepsPerEpoch = 0; // optimizer steps: ceil(batches / grad accumulation)
    std::int64_t batchesPerEpoch = 0;
    double secondsPerEpoch = 0; // batches × seconds per batch, scaled to the mean length when grouped
    std::int64_t probeSteps = 0;
    std::int64_t measuredPeakBytes = 0; // the probe's own measured peak (same meter as a run)
    std::string note;                   // how the epoch figure was extrapolated
};

// The arithmetic alone (no file, no device): the tests' and the GUI's entry point. `inputs`'
// runtimeBytes and availableBytes are taken as given (negative counts as 0, unknown).
ResourceForecast forecastMemory(const ModelConfig& model, const TrainConfig& config, const ForecastInputs& inputs);

// Reads the model's config.json ("demo": the built-in one), resolves the device and fills what
// `inputs` leaves open (runtime measured in this process, available memory from the device).
// BadInput naming the option when the model or device cannot be used.
ResourceForecast forecastResources(const TrainConfig& config, ForecastInputs inputs = {});

// Loads the dataset as a run would and counts the training split and its token lengths (after
// --limit-train and --max-length): paddedLength, meanLength, trainExamples, lengthSource.
ForecastInputs measureDatasetShape(const TrainConfig& config);

// Runs `steps` measured optimizer steps (after one warm-up) of the config's method at batch ×
// paddedLength on random token ids, and extrapolates an epoch. Cancelled when `cancelled` turns
// true between steps (throws the Cancelled error).
TimeForecast probeTime(const TrainConfig& config, const ForecastInputs& shape, int steps,
                       const std::function<bool()>& cancelled);

} // namespace litetune
