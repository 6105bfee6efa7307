// `litetune-cli bench train` and `bench eval` (the man page (packaging/litetune-cli.1)): N optimizer steps (or forward
// passes) on random token ids of shape B×T — no data loading, one warm-up step not counted — and one JSON line
// {samples_per_s, tokens_per_s, step_ms_median, peak_memory_bytes, mfu, ...}. MFU counts 6N FLOPs per token for full
// fine-tuning, 4N for LoRA (no weight gradients for the frozen base) and 2N for evaluation, N being the non-embedding
// parameters (a classifier never multiplies by wte; attention's T² term is left out, as in Kaplan et al. 2020). The
// peak it is divided by is measured here with a large matmul in the run's dtype and thread count (stated in the output
// as peak_flops_source): an achievable peak, not the vendor's datasheet figure.
#include "Arguments.h"
#include "Verbs.h"

#include "api/Bench.h"
#include "api/Error.h"
#include "api/RuntimeInfo.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace litetune::cli {

namespace {

int runBenchSteps(int argc, char** argv, int first, bool training) {
    Arguments args(argc, argv, first);
    BenchStepsRequest request;
    request.modelPath = args.require("model");
    request.method = training ? args.require("method") : "eval";
    request.batchSize = args.integerOr("batch-size", 8);
    request.seqLen = args.integerOr("seq-len", 128);
    request.steps = args.integerOr("steps", 10);
    request.device = args.valueOr("device", "auto");
    const std::string precisionText = args.valueOr("precision", "auto");
    const int threads = static_cast<int>(args.integerOr("threads", 0));
    args.rejectUnused();
    const std::string& method = request.method;
    const std::int64_t B = request.batchSize;
    const std::int64_t T = request.seqLen;
    const std::int64_t steps = request.steps;
    if (training && method != "full" && method != "lora")
        throwBadInput("option --method expects full or lora, got '" + method + "'");
    if (B < 1 || T < 1 || steps < 1 || B > 65536 || steps > 1000000)
        throwBadInput("--batch-size, --seq-len and --steps must be positive (got " + std::to_string(B) + ", " +
                      std::to_string(T) + ", " + std::to_string(steps) + ")");
    if (!parsePrecision(precisionText, request.precision))
        throwBadInput("option --precision expects auto, fp32, bf16 or fp16, got '" + precisionText + "'");
    configureThreads(threads, false);

    const BenchStepsResult result =
        litetune::runBenchSteps(request, [](const std::string& note) { std::cerr << note << "\n"; });
    const nlohmann::json line{
        {"samples_per_s", result.samplesPerSecond},
        {"tokens_per_s", result.tokensPerSecond},
        {"step_ms_median", result.stepMsMedian},
        {"peak_memory_bytes", result.peakMemoryBytes},
        {"mfu", result.mfu},
        {"flops_per_token", result.flopsPerToken},
        {"peak_flops", result.peakFlops},
        {"peak_flops_source", result.peakFlopsSource},
        {"method", method},
        {"batch_size", B},
        {"seq_len", T},
        {"steps", steps},
        {"device", result.device},
        {"precision", result.precision},
        {"threads", result.threads},
        {"trainable_params", result.trainableParams},
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
