// The time probe of api/Forecast.h: the step `bench train` times (engine/train/BenchSteps.cpp), built from
// the run's own config (method, LoRA settings, task, device, precision) at the forecast's padded length,
// cancellable between steps, and extrapolated to an epoch.
#include "api/Forecast.h"

#include "device/DevicePrecision.h"
#include "device/MemoryMeter.h"
#include "io/HfCache.h"
#include "lora/LoraConfig.h"
#include "lora/LoraInjection.h"
#include "model/Gpt2Loader.h"
#include "model/TrainableParameters.h"
#include "train/Optimization.h"
#include "util/Error.h"

#include <torch/cuda.h>
#include <torch/nn/functional/loss.h>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace litetune {

TimeForecast probeTime(const TrainConfig& config, const ForecastInputs& shape, int steps,
                       const std::function<bool()>& cancelled) {
    using Clock = std::chrono::steady_clock;
    const auto checkCancel = [&] {
        if (cancelled && cancelled())
            throw Error(ErrorKind::Cancelled, "the time probe was cancelled");
    };
    const DevicePrecision exec = resolveDevicePrecision(config.device, config.precision);
    const std::int64_t B = config.batchSize;
    const std::int64_t T =
        shape.paddedLength > 0 ? std::min<std::int64_t>(shape.paddedLength, config.maxLength) : config.maxLength;
    const bool causal = config.task == Task::CausalLm;
    const Method method = config.method == Method::Evaluate ? Method::Full : config.method;
    checkCancel();

    LoadedModel loaded =
        loadGpt2(config.modelPath == kDemoModelName ? config.modelPath : resolveModelPath(config.modelPath).string());
    auto& model = loaded.model;
    if (T > loaded.config.nPositions)
        throwBadInput("--max-length " + std::to_string(T) + " exceeds the model's " +
                      std::to_string(loaded.config.nPositions) + " positions");
    if (method == Method::Lora)
        applyLora(model, loraConfigFromSettings(config.lora, config.modelPath), config.seed);
    selectTrainableParameters(model, method);
    model->to(exec.device);
    model->train();

    torch::manual_seed(static_cast<std::int64_t>(config.seed));
    const auto longOptions = torch::TensorOptions().dtype(torch::kInt64).device(exec.device);
    const auto ids = torch::randint(0, loaded.config.vocabSize, {B, T}, longOptions);
    const auto labels = torch::randint(0, loaded.config.numLabels(), {B}, longOptions);
    const auto lengths = torch::full({B}, T, longOptions);
    AdamWSettings settings;
    settings.learningRate = config.learningRate;
    settings.weightDecay = config.weightDecay;
    settings.eps = config.adamEpsilon;
    const auto optimizer = makeAdamW(*model, settings);
    std::vector<torch::Tensor> params = trainableParameters(model);

    const auto step = [&] {
        torch::Tensor loss;
        {
            AutocastScope autocast(exec);
            if (causal)
                loss = causalLmLoss(model->transformer(), ids, lengths);
            else
                loss = torch::nn::functional::cross_entropy(model->forward(ids, lengths).to(torch::kFloat32), labels);
        }
        loss.backward();
        if (config.maxGradNorm > 0)
            clipGradients(params, config.maxGradNorm);
        optimizer->step();
        optimizer->clearGradients();
        if (exec.device.is_cuda())
            torch::cuda::synchronize(exec.device.index());
    };
    const MemoryMeter memory(exec.device);
    memory.resetPeak();
    step(); // warm-up: allocator, kernels, optimizer state
    std::vector<double> seconds;
    for (int i = 0; i < std::max(1, steps); ++i) {
        checkCancel();
        const auto start = Clock::now();
        step();
        seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
    std::sort(seconds.begin(), seconds.end());
    const std::size_t n = seconds.size();
    TimeForecast time;
    time.secondsPerStep = n % 2 ? seconds[n / 2] : 0.5 * (seconds[n / 2 - 1] + seconds[n / 2]);
    time.probeSteps = static_cast<std::int64_t>(n);
    time.measuredPeakBytes = memory.peakBytes();
    if (shape.trainExamples > 0) {
        time.batchesPerEpoch = (shape.trainExamples + B - 1) / B;
        time.stepsPerEpoch =
            std::max<std::int64_t>(1, (time.batchesPerEpoch + config.gradAccum - 1) / config.gradAccum);
        // Length groups pad each batch to about its own length: scale by mean over longest (a step's
        // time is close to linear in the tokens at these lengths); other orders pad to near the longest.
        const bool grouped = config.trainSamplingStrategy == SamplingStrategy::GroupByLength;
        const double scale = grouped && shape.meanLength > 0 && shape.meanLength < T
                                 ? static_cast<double>(shape.meanLength) / static_cast<double>(T)
                                 : 1.0;
        time.secondsPerEpoch = static_cast<double>(time.batchesPerEpoch) * time.secondsPerStep * scale;
        time.note = grouped ? "batches x the measured step at the longest length, scaled by mean/longest tokens (" +
                                  std::to_string(shape.meanLength) + "/" + std::to_string(T) + ") for length groups"
                            : "batches x the measured step at the longest length";
    } else {
        time.note = "steps per epoch unknown (no dataset measured)";
    }
    return time;
}

} // namespace litetune
