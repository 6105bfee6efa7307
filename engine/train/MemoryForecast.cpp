// The memory arithmetic of api/Forecast.h: parameters counted from the GPT-2 shape (engine/model/Gpt2.cpp's
// modules), the tensors autograd keeps for backward counted per token and per attention score, and the
// constants measured against real runs in docs/benchmarks.md "Memory and time forecast".
#include "api/Forecast.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace litetune {

namespace {

// Floats kept per token and layer when gradients flow through a block (Gpt2BlockImpl::forward):
// ln_1's input and output, c_attn's output (q, k, v), the attention output c_proj reads, ln_2's input
// and output and the two residual dropout masks (a byte each, a quarter of a float): 8.5 × n_embd;
// the MLP's c_fc output (gelu's input) and gelu's output: 2 × n_inner.
constexpr double kBlockEmbdFloats = 8.5;
constexpr double kBlockInnerFloats = 2.0;
// Per attention score (batch × heads × T² per layer, the explicit attention the trainer's padding mask
// selects): softmax's output, and with attention dropout its mask (a byte) and output; backward holds
// the scores' gradient and softmax's input gradient at once.
constexpr double kScoreSoftmax = 1.0;
constexpr double kScoreDropout = 1.25;
constexpr double kScoreBackward = 2.0;
// Backward's working set beside what is kept: a few hidden-sized gradients and the MLP's.
constexpr double kBackwardEmbdFloats = 3.0;
constexpr double kBackwardInnerFloats = 2.0;

struct Linear {
    const char* name; // the module's name under transformer.h.N (what LoRA targets match)
    std::int64_t in;
    std::int64_t out;
};

// LoraInjection's rule (engine/lora/LoraInjection.h): a target matches a module name exactly or as a dotted suffix.
bool targetMatches(const std::string& module, const std::string& target) {
    if (module == target)
        return true;
    return module.size() > target.size() && module.compare(module.size() - target.size(), target.size(), target) == 0 &&
           module[module.size() - target.size() - 1] == '.';
}

std::string mib(std::int64_t bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return text;
}

} // namespace

ResourceForecast forecastMemory(const ModelConfig& model, const TrainConfig& config, const ForecastInputs& inputs) {
    ResourceForecast f;
    const std::int64_t C = model.nEmbd;
    const std::int64_t I = model.innerSize();
    const std::int64_t L = model.nLayer;
    const std::int64_t H = model.nHead;
    const bool causal = config.task == Task::CausalLm;
    const std::int64_t labels = model.numLabels();
    const Linear linears[] = {
        {"attn.c_attn", C, 3 * C}, {"attn.c_proj", C, C}, {"mlp.c_fc", C, I}, {"mlp.c_proj", I, C}};

    // Parameters (Gpt2ModelImpl and the score head).
    std::int64_t perLayer = 4 * C; // ln_1, ln_2
    std::int64_t biasesPerLayer = 2 * C;
    for (const Linear& linear : linears) {
        perLayer += linear.in * linear.out + linear.out;
        biasesPerLayer += linear.out;
    }
    const std::int64_t embeddings = (model.vocabSize + model.nPositions) * C;
    const std::int64_t head = C * labels;
    std::int64_t loraParams = 0;
    std::int64_t loraInputs = 0; // floats per token the LoRA branches keep (their dropped-out input)
    if (config.method == Method::Lora)
        for (const Linear& linear : linears)
            for (const std::string& target : config.lora.targets)
                if (targetMatches(linear.name, target)) {
                    loraParams += L * config.lora.r * (linear.in + linear.out);
                    loraInputs += linear.in + config.lora.r;
                    break;
                }
    f.totalParameters = embeddings + L * perLayer + 2 * C + head + loraParams;
    switch (config.method) {
    case Method::Full:
        f.trainableParameters = f.totalParameters;
        break;
    case Method::Lora:
        f.trainableParameters = loraParams + head;
        break;
    case Method::Head:
        f.trainableParameters = head;
        break;
    case Method::BitFit:
        f.trainableParameters = L * biasesPerLayer + C + head;
        break;
    case Method::Evaluate:
        f.trainableParameters = 0;
        break;
    }
    const bool mixed = config.precision == Precision::Bf16 || config.precision == Precision::Fp16;
    f.weightsBytes = 4 * f.totalParameters + (mixed ? 2 * (f.totalParameters - embeddings) : 0); // autocast's copies
    f.gradientsBytes = 4 * f.trainableParameters;
    f.optimizerBytes = 2 * 4 * f.trainableParameters; // FusedAdamW: exp_avg and exp_avg_sq in fp32

    // Activations of the largest batch.
    f.paddedLength =
        inputs.paddedLength > 0 ? std::min<std::int64_t>(inputs.paddedLength, config.maxLength) : config.maxLength;
    f.lengthSource = inputs.paddedLength > 0 ? inputs.lengthSource : "--max-length (the dataset's lengths unknown)";
    const double B = config.batchSize;
    const double T = static_cast<double>(f.paddedLength);
    const double tokens = B * T;
    const double scores = B * static_cast<double>(H) * T * T;
    const double bytesPerFloat = mixed ? 3.0 : 4.0; // mixed: half copies beside fp32 originals
    const double scoreFloats = kScoreSoftmax + (model.attnPdrop > 0 ? kScoreDropout : 0.0) + kScoreBackward;
    const double fullBlock =
        tokens * (kBlockEmbdFloats * C + kBlockInnerFloats * I + loraInputs) + scores * scoreFloats;
    double floats = 0;
    if (config.method == Method::Head || config.method == Method::Evaluate) {
        // No gradient reaches the blocks: nothing is kept, one block's forward is the working set.
        floats = tokens * (4.0 * C + I) + scores * 2.0;
    } else {
        // The classifier's last block runs its attention and MLP for the pooled row only
        // (Gpt2ModelImpl::forwardAt): it keeps ln_1 and c_attn's tensors for every token.
        const double blocks = causal ? static_cast<double>(L) : static_cast<double>(L - 1);
        floats = blocks * fullBlock + (causal ? 0.0 : tokens * 5.0 * C) + tokens * 2.25 * C +
                 tokens * (kBackwardEmbdFloats * C + kBackwardInnerFloats * I);
        if (causal) // logits, their log-softmax and its gradient over the vocabulary
            floats += 3.0 * tokens * static_cast<double>(model.vocabSize);
    }
    // Evaluation's forward passes (no gradient) at the evaluation batch size, when larger.
    const double evalTokens = static_cast<double>(config.evalBatchSize) * T;
    const double evalFloats = evalTokens * (4.0 * C + I) + evalTokens / T * H * T * T * 2.0 +
                              (causal ? 2.0 * evalTokens * static_cast<double>(model.vocabSize) : 0.0);
    f.activationsBytes = static_cast<std::int64_t>(std::max(floats, evalFloats) * bytesPerFloat);

    f.runtimeBytes = std::max<std::int64_t>(0, inputs.runtimeBytes);
    f.availableBytes = std::max<std::int64_t>(0, inputs.availableBytes);
    f.peakBytes = f.weightsBytes + f.gradientsBytes + f.optimizerBytes + f.activationsBytes + f.runtimeBytes;
    f.fits = f.availableBytes == 0 || f.peakBytes <= f.availableBytes;
    if (f.availableBytes == 0)
        f.reason = "the forecast peak is " + mib(f.peakBytes) + "; the device's free memory is unknown";
    else if (f.fits)
        f.reason = "the forecast peak of " + mib(f.peakBytes) + " fits the " + mib(f.availableBytes) + " available";
    else
        f.reason = "the forecast peak of " + mib(f.peakBytes) + " exceeds the " + mib(f.availableBytes) +
                   " available; lower --batch-size or --max-length, or use --method lora";
    f.assumptions.push_back("padded length " + std::to_string(f.paddedLength) + " tokens: " + f.lengthSource);
    f.assumptions.push_back(std::string("activations in ") +
                            (mixed ? "mixed precision (3 bytes a value on average)" : "fp32 (4 bytes a value)"));
    if (config.gradAccum > 1)
        f.assumptions.push_back("gradient accumulation adds no memory: one batch is in flight at a time");
    return f;
}

} // namespace litetune
