// CausalLmEvaluator: see the header.
#include "train/CausalLmEvaluator.h"

#include "train/TokenBatch.h"
#include "util/Error.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace litetune {

EvalReport evaluateCausalLm(Gpt2ForSequenceClassification& model, const EncodedSplit& split,
                            const DevicePrecision& exec, const EvalOptions& options, TrainingObserver* observer,
                            RunControl* control) {
    if (split.size() == 0)
        throwBadInput("the " + split.name + " text is shorter than two tokens: nothing to evaluate");
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    auto lastProgress = start;
    const auto seconds = [](Clock::time_point since) {
        return std::chrono::duration<double>(Clock::now() - since).count();
    };
    const bool wasTraining = model->is_training();
    model->eval();
    torch::NoGradGuard noGrad;
    const auto batchSize = static_cast<std::int64_t>(std::max(1, options.batchSize));
    const std::int64_t batches = (split.size() + batchSize - 1) / batchSize;
    double lossSum = 0.0;
    std::int64_t targets = 0;
    for (std::int64_t b = 0; b < batches; ++b) {
        if (control && control->cancelRequested.load())
            throw Error(ErrorKind::Cancelled, "evaluation cancelled");
        std::vector<std::int64_t> indices(static_cast<std::size_t>(std::min(batchSize, split.size() - b * batchSize)));
        std::iota(indices.begin(), indices.end(), b * batchSize);
        const TokenBatch batch = collateBatch(split.tokens, split.labels, indices, options.padId, exec.device);
        torch::Tensor loss;
        {
            AutocastScope autocast(exec);
            loss = causalLmLoss(model->transformer(), batch.inputIds, batch.lengths, "sum");
        }
        lossSum += loss.to(torch::kCPU, torch::kFloat64).item<double>();
        targets += causalLmTargets(batch.lengths);
        if (observer && (seconds(lastProgress) >= 0.25 || b + 1 == batches)) {
            lastProgress = Clock::now();
            Progress progress;
            progress.phase = "eval";
            progress.step = b + 1;
            progress.totalSteps = batches;
            progress.epoch = options.epoch;
            progress.elapsedSeconds = seconds(start);
            progress.samplesPerSecond =
                static_cast<double>((b + 1) * batchSize) / std::max(1e-9, progress.elapsedSeconds);
            progress.etaSeconds =
                progress.elapsedSeconds / static_cast<double>(b + 1) * static_cast<double>(batches - b - 1);
            observer->progressed(progress);
        }
    }
    if (wasTraining)
        model->train();
    EvalReport report;
    report.split = split.name;
    report.step = options.step;
    report.epoch = options.epoch;
    report.samples = split.size();
    report.loss = lossSum / static_cast<double>(std::max<std::int64_t>(1, targets));
    report.perplexity = std::exp(report.loss);
    report.runtimeSeconds = seconds(start);
    report.samplesPerSecond = static_cast<double>(split.size()) / std::max(1e-9, report.runtimeSeconds);
    report.stepsPerSecond = static_cast<double>(batches) / std::max(1e-9, report.runtimeSeconds);
    return report;
}

} // namespace litetune
