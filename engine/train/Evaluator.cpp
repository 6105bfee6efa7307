// Forward-only evaluation with streamed predictions. Reference: transformers trainer.py
// evaluation_loop (eval_loss is the per-example mean), speed_metrics.
#include "train/Evaluator.h"

#include "metrics/MetricsAccumulator.h"
#include "train/LengthGrouping.h"
#include "train/PredictionsFile.h"
#include "train/TokenBatch.h"
#include "util/Error.h"

#include <torch/cuda.h>

#include <algorithm>
#include <chrono>
#include <memory>

namespace litetune {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

EvalReport evaluateSplit(Gpt2ForSequenceClassification& model, const EncodedSplit& split, const DevicePrecision& exec,
                         const EvalOptions& options, TrainingObserver* observer, RunControl* control) {
    const int numClasses = static_cast<int>(options.labelNames.size());
    MetricsAccumulator metrics(numClasses);
    std::unique_ptr<PredictionsWriter> writer;
    if (!options.predictionsFile.empty())
        writer = std::make_unique<PredictionsWriter>(options.predictionsFile);

    const bool wasTraining = model->is_training();
    model->eval();
    torch::NoGradGuard noGrad;
    const auto start = Clock::now();
    auto lastProgress = start;

    const int batchSize = std::max(1, options.batchSize);
    const std::int64_t window = static_cast<std::int64_t>(batchSize) * 64;
    const std::vector<BatchIndices> batches = evalBatches(split.lengths, batchSize, window);
    std::vector<SamplePrediction> pending; // the current window, flushed in split order
    std::int64_t flushedUpTo = 0;
    const auto flush = [&](std::int64_t upTo) {
        std::sort(pending.begin(), pending.end(),
                  [](const SamplePrediction& a, const SamplePrediction& b) { return a.index < b.index; });
        for (const auto& p : pending)
            if (writer)
                writer->add(p);
        pending.clear();
        flushedUpTo = upTo;
    };

    for (std::size_t b = 0; b < batches.size(); ++b) {
        if (control && control->cancelRequested.load())
            throw Error(ErrorKind::Cancelled, "evaluation cancelled");
        const TokenBatch batch = collateBatch(split.tokens, split.labels, batches[b], options.padId, exec.device);
        torch::Tensor logits;
        {
            AutocastScope autocast(exec);
            logits = model->forward(batch.inputIds, batch.lengths);
        }
        const auto logProbs = torch::log_softmax(logits.to(torch::kFloat32), /*dim=*/1);
        const auto [best, predicted] = logProbs.max(/*dim=*/1);
        const auto safeLabels = batch.labels.clamp_min(0);
        const auto losses = -logProbs.gather(1, safeLabels.unsqueeze(1)).squeeze(1);
        const auto predictedCpu = predicted.to(torch::kCPU, torch::kInt64).contiguous();
        const auto probabilityCpu = best.exp().to(torch::kCPU).contiguous();
        const auto lossCpu = losses.to(torch::kCPU).contiguous();
        const auto* pred = predictedCpu.data_ptr<std::int64_t>();
        const auto* prob = probabilityCpu.data_ptr<float>();
        const auto* loss = lossCpu.data_ptr<float>();
        for (std::int64_t i = 0; i < batch.size(); ++i) {
            const std::int64_t row = batch.indices[static_cast<std::size_t>(i)];
            const int label = split.labels[static_cast<std::size_t>(row)];
            SamplePrediction p;
            p.index = row;
            p.label = label;
            p.predicted = static_cast<int>(pred[i]);
            p.probability = prob[i];
            p.loss = label < 0 ? 0.f : loss[i];
            metrics.add(label, p.predicted, p.loss);
            if (options.collected)
                options.collected->push_back(p);
            pending.push_back(p);
        }
        const std::int64_t windowEnd = std::min<std::int64_t>(split.size(), (flushedUpTo / window + 1) * window);
        const bool windowDone = b + 1 == batches.size() || batches[b + 1].front() >= windowEnd;
        if (windowDone)
            flush(windowEnd);
        if (observer && (secondsSince(lastProgress) >= 0.25 || b + 1 == batches.size())) {
            lastProgress = Clock::now();
            Progress progress;
            progress.phase = "eval";
            progress.step = static_cast<std::int64_t>(b + 1);
            progress.totalSteps = static_cast<std::int64_t>(batches.size());
            progress.epoch = options.epoch;
            progress.elapsedSeconds = secondsSince(start);
            progress.samplesPerSecond =
                static_cast<double>(metrics.samples()) / std::max(1e-9, progress.elapsedSeconds);
            progress.etaSeconds =
                progress.elapsedSeconds / static_cast<double>(b + 1) * static_cast<double>(batches.size() - b - 1);
            observer->progressed(progress);
        }
    }
    if (exec.device.is_cuda())
        torch::cuda::synchronize(exec.device.index());
    const double seconds = secondsSince(start);
    if (writer)
        writer->commit();
    if (wasTraining)
        model->train();

    EvalReport report = metrics.report(options.labelNames, split.name, seconds, batchSize);
    report.step = options.step;
    report.epoch = options.epoch;
    return report;
}

} // namespace litetune
