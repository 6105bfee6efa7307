// The `bench train` and `bench eval` measurements (api/Bench.h): a training step (or forward pass)
// rebuilt on random token ids, timed, and an achievable peak measured for the MFU.
#include "api/Bench.h"

#include "api/RuntimeInfo.h"
#include "device/DevicePrecision.h"
#include "device/MemoryMeter.h"
#include "io/HfCache.h"
#include "lora/LoraConfig.h"
#include "lora/LoraInjection.h"
#include "model/Gpt2Loader.h"
#include "model/TrainableParameters.h"
#include "train/Optimization.h"
#include "util/Error.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/nn/functional/loss.h>

#include <algorithm>
#include <chrono>

namespace litetune {

namespace {

using Clock = std::chrono::steady_clock;

void synchronize(const torch::Device& device) {
    if (device.is_cuda())
        torch::cuda::synchronize(device.index());
}

// Best of five n×n matmuls after a warm-up, in FLOP/s.
double measurePeakFlops(const DevicePrecision& exec, std::string& source) {
    const bool cuda = exec.device.is_cuda();
    const std::int64_t n = cuda ? 8192 : 2048;
    const auto dtype = exec.precision == Precision::Fp32   ? torch::kFloat32
                       : exec.precision == Precision::Bf16 ? torch::kBFloat16
                                                           : torch::kFloat16;
    const auto options = torch::TensorOptions().dtype(dtype).device(exec.device);
    const auto a = torch::randn({n, n}, options);
    const auto b = torch::randn({n, n}, options);
    torch::NoGradGuard noGrad;
    auto c = torch::matmul(a, b);
    synchronize(exec.device);
    double best = 1e30;
    for (int i = 0; i < 5; ++i) {
        const auto start = Clock::now();
        c = torch::matmul(a, b);
        synchronize(exec.device);
        best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    source = "measured: " + std::to_string(n) + "x" + std::to_string(n) + " " + std::string(c10::toString(dtype)) +
             " matmul on " + exec.deviceName() + (cuda ? "" : " with " + std::to_string(computeThreads()) + " threads");
    return 2.0 * static_cast<double>(n) * static_cast<double>(n) * static_cast<double>(n) / best;
}

} // namespace

BenchStepsResult runBenchSteps(const BenchStepsRequest& request, const std::function<void(const std::string&)>& note) {
    const std::string& modelPath = request.modelPath;
    const std::string& method = request.method;
    const bool training = method != "eval";
    const std::int64_t B = request.batchSize;
    const std::int64_t T = request.seqLen;
    const std::int64_t steps = request.steps;
    const DevicePrecision exec = resolveDevicePrecision(request.device, request.precision);
    if (!exec.note.empty())
        note(exec.note);

    LoadedModel loaded = loadGpt2(modelPath == "demo" ? modelPath : resolveModelPath(modelPath).string());
    auto& model = loaded.model;
    if (T > loaded.config.nPositions)
        throwBadInput("--seq-len " + std::to_string(T) + " exceeds the model's " +
                      std::to_string(loaded.config.nPositions) + " positions");
    if (method == "lora")
        applyLora(model, loraConfigFromSettings(LoraSettings{}, modelPath), 42);
    selectTrainableParameters(model, method == "full"   ? Method::Full
                                     : method == "lora" ? Method::Lora
                                                        : Method::Evaluate);
    model->to(exec.device);
    training ? model->train() : model->eval();

    torch::manual_seed(42);
    const auto longOptions = torch::TensorOptions().dtype(torch::kInt64).device(exec.device);
    const auto ids = torch::randint(0, loaded.config.vocabSize, {B, T}, longOptions);
    const auto labels = torch::randint(0, loaded.config.numLabels(), {B}, longOptions);
    const auto lengths = torch::full({B}, T, longOptions);
    std::unique_ptr<FusedAdamW> optimizer;
    if (training)
        optimizer = makeAdamW(*model, {});
    const auto trainable = namedTrainableParameters(*model);
    std::vector<torch::Tensor> params;
    for (const auto& p : trainable)
        params.push_back(p.tensor);

    const auto step = [&] {
        if (!training) {
            torch::NoGradGuard noGrad;
            AutocastScope autocast(exec);
            (void)model->forward(ids, lengths);
            return;
        }
        torch::Tensor logits;
        {
            AutocastScope autocast(exec);
            logits = model->forward(ids, lengths);
        }
        torch::nn::functional::cross_entropy(logits.to(torch::kFloat32), labels).backward();
        clipGradients(params, 1.0);
        optimizer->step();
        optimizer->clearGradients();
    };
    const MemoryMeter memory(exec.device);
    memory.resetPeak();
    step(); // warm-up: allocator, kernels, optimizer state
    synchronize(exec.device);
    std::vector<double> milliseconds;
    const auto start = Clock::now();
    for (std::int64_t i = 0; i < steps; ++i) {
        const auto t0 = Clock::now();
        step();
        synchronize(exec.device);
        milliseconds.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::sort(milliseconds.begin(), milliseconds.end());
    const double median =
        milliseconds.size() % 2
            ? milliseconds[milliseconds.size() / 2]
            : 0.5 * (milliseconds[milliseconds.size() / 2 - 1] + milliseconds[milliseconds.size() / 2]);

    std::int64_t nonEmbedding = 0;
    for (const auto& item : model->named_parameters())
        if (item.key().find("wte.") == std::string::npos && item.key().find("wpe.") == std::string::npos)
            nonEmbedding += item.value().numel();
    const double flopsPerToken = (training ? (method == "lora" ? 4.0 : 6.0) : 2.0) * static_cast<double>(nonEmbedding);
    const double tokensPerSecond = static_cast<double>(B * T * steps) / seconds;
    std::string peakSource;
    const double peak = measurePeakFlops(exec, peakSource);

    BenchStepsResult result;
    result.samplesPerSecond = static_cast<double>(B * steps) / seconds;
    result.tokensPerSecond = tokensPerSecond;
    result.stepMsMedian = median;
    result.peakMemoryBytes = memory.peakBytes();
    result.mfu = flopsPerToken * tokensPerSecond / peak;
    result.flopsPerToken = flopsPerToken;
    result.peakFlops = peak;
    result.peakFlopsSource = peakSource;
    result.device = exec.deviceName();
    result.precision = precisionName(exec.precision);
    result.threads = computeThreads();
    result.trainableParams = countParameters(model).trainable;
    return result;
}

} // namespace litetune
