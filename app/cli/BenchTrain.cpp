// `litetune-cli bench train` and `bench eval` (the man page (packaging/litetune-cli.1)): N optimizer steps (or forward
// passes) on random token ids of shape B×T — no data loading, one warm-up step not counted — and one JSON line
// {samples_per_s, tokens_per_s, step_ms_median, peak_memory_bytes, mfu, ...}. MFU counts 6N FLOPs per token for full
// fine-tuning, 4N for LoRA (no weight gradients for the frozen base) and 2N for evaluation, N being the non-embedding
// parameters (a classifier never multiplies by wte; attention's T² term is left out, as in Kaplan et al. 2020). The
// peak it is divided by is measured here with a large matmul in the run's dtype and thread count (stated in the output
// as peak_flops_source): an achievable peak, not the vendor's datasheet figure.
#include "Arguments.h"
#include "Verbs.h"

#include "api/RuntimeInfo.h"
#include "io/HfCache.h"
#include "lora/LoraConfig.h"
#include "lora/LoraInjection.h"
#include "model/Gpt2Loader.h"
#include "model/TrainableParameters.h"
#include "train/ExecutionSetup.h"
#include "train/MemoryMeter.h"
#include "train/OptimizerSetup.h"
#include "util/Error.h"

#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/nn/functional/loss.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <iostream>

namespace litetune::cli {

namespace {

using Clock = std::chrono::steady_clock;

void synchronize(const torch::Device& device) {
    if (device.is_cuda())
        torch::cuda::synchronize(device.index());
}

// Best of five n×n matmuls after a warm-up, in FLOP/s.
double measurePeakFlops(const ExecutionSetup& exec, std::string& source) {
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
             " matmul on " + exec.deviceName() +
             (cuda ? "" : " with " + std::to_string(at::get_num_threads()) + " threads");
    return 2.0 * static_cast<double>(n) * static_cast<double>(n) * static_cast<double>(n) / best;
}

int runBenchSteps(int argc, char** argv, int first, bool training) {
    Arguments args(argc, argv, first);
    const std::string modelPath = args.require("model");
    const std::string method = training ? args.require("method") : "eval";
    const std::int64_t B = args.integerOr("batch-size", 8);
    const std::int64_t T = args.integerOr("seq-len", 128);
    const std::int64_t steps = args.integerOr("steps", 10);
    const std::string device = args.valueOr("device", "auto");
    const std::string precisionText = args.valueOr("precision", "auto");
    const int threads = static_cast<int>(args.integerOr("threads", 0));
    args.rejectUnused();
    if (training && method != "full" && method != "lora")
        throwBadInput("option --method expects full or lora, got '" + method + "'");
    if (B < 1 || T < 1 || steps < 1 || B > 65536 || steps > 1000000)
        throwBadInput("--batch-size, --seq-len and --steps must be positive (got " + std::to_string(B) + ", " +
                      std::to_string(T) + ", " + std::to_string(steps) + ")");
    Precision precision;
    if (!parsePrecision(precisionText, precision))
        throwBadInput("option --precision expects auto, fp32, bf16 or fp16, got '" + precisionText + "'");
    configureThreads(threads, false);
    const ExecutionSetup exec = resolveExecution(device, precision);
    if (!exec.note.empty())
        std::cerr << exec.note << "\n";

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

    const nlohmann::json line{
        {"samples_per_s", static_cast<double>(B * steps) / seconds},
        {"tokens_per_s", tokensPerSecond},
        {"step_ms_median", median},
        {"peak_memory_bytes", memory.peakBytes()},
        {"mfu", flopsPerToken * tokensPerSecond / peak},
        {"flops_per_token", flopsPerToken},
        {"peak_flops", peak},
        {"peak_flops_source", peakSource},
        {"method", method},
        {"batch_size", B},
        {"seq_len", T},
        {"steps", steps},
        {"device", exec.deviceName()},
        {"precision", precisionName(exec.precision)},
        {"threads", at::get_num_threads()},
        {"trainable_params", countParameters(model).trainable},
    };
    std::cout << line.dump() << "\n";
    return 0;
}

} // namespace

int runBenchTrain(int argc, char** argv, int first) {
    return runBenchSteps(argc, argv, first, /*training=*/true);
}

int runBenchEval(int argc, char** argv, int first) {
    return runBenchSteps(argc, argv, first, /*training=*/false);
}

} // namespace litetune::cli
