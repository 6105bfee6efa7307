// Bench: the `bench train` and `bench eval` measurements (packaging/litetune-cli.1): N optimizer
// steps (or forward passes) on random token ids of shape B×T — no data loading, one warm-up step
// not counted. MFU counts 6N FLOPs per token for full fine-tuning, 4N for LoRA (no weight gradients
// for the frozen base) and 2N for evaluation, N being the non-embedding parameters (a classifier
// never multiplies by wte; attention's T² term is left out, as in Kaplan et al. 2020). The peak it
// is divided by is measured with a large matmul in the run's dtype and thread count (stated as
// peakFlopsSource): an achievable peak, not the vendor's datasheet figure. No LibTorch in this
// header; the implementation is engine/train/BenchSteps.cpp.
#pragma once

#include "api/TrainConfig.h"

#include <cstdint>
#include <functional>
#include <string>

namespace litetune {

struct BenchStepsRequest {
    std::string modelPath;       // a model folder, ORG/NAME[@rev] from the Hugging Face cache, or "demo"
    std::string method = "full"; // "full", "lora" (training steps) or "eval" (forward passes)
    std::int64_t batchSize = 8;
    std::int64_t seqLen = 128;
    std::int64_t steps = 10;
    std::string device = "auto";
    Precision precision = Precision::Auto;
};

struct BenchStepsResult {
    double samplesPerSecond = 0;
    double tokensPerSecond = 0;
    double stepMsMedian = 0;
    std::int64_t peakMemoryBytes = 0;
    double mfu = 0;
    double flopsPerToken = 0;
    double peakFlops = 0;
    std::string peakFlopsSource;
    std::string device;    // "cpu", "cuda:0"
    std::string precision; // resolved: "fp32", "bf16", "fp16"
    int threads = 0;       // LibTorch's intra-op threads
    std::int64_t trainableParams = 0;
};

// `note` receives why a requested device or precision was changed, before any work. BadInput when
// seqLen exceeds the model's positions.
BenchStepsResult runBenchSteps(const BenchStepsRequest& request, const std::function<void(const std::string&)>& note);

} // namespace litetune
