// Sharded evaluation in the manner of the Trainer's distributed evaluation_loop (each process a
// share, gathered before the metrics), but gathering per-row predictions instead of logits, so the
// report and predictions.csv are exactly those of one process.
#include "train/ShardedEvaluation.h"

#include "metrics/MetricsAccumulator.h"
#include "train/CausalLmEvaluator.h"
#include "train/PredictionsFile.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace litetune {

namespace {

enum Field { Index, Label, Predicted, Probability, Loss, Fields };

EvalReport evaluateCausalLmSharded(WorkerGroup& group, Gpt2ForSequenceClassification& model, const EncodedSplit& part,
                                   std::int64_t totalBlocks, const DevicePrecision& exec, const EvalOptions& options,
                                   TrainingObserver* observer) {
    const auto start = std::chrono::steady_clock::now();
    EvalReport report = evaluateCausalLm(model, part, exec, options, observer, nullptr);
    std::int64_t targets = 0; // what causalLmTargets counts: every token but each block's first
    for (const std::int64_t length : part.lengths)
        targets += std::max<std::int64_t>(0, length - 1);
    const double lossSum = group.sum(report.loss * static_cast<double>(targets));
    const double allTargets = group.sum(static_cast<double>(targets));
    report.samples = totalBlocks;
    report.loss = lossSum / std::max(1.0, allTargets);
    report.perplexity = std::exp(report.loss);
    report.runtimeSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report.samplesPerSecond = static_cast<double>(totalBlocks) / std::max(1e-9, report.runtimeSeconds);
    return report;
}

} // namespace

EncodedSplit splitShare(const EncodedSplit& split, int rank, int size, std::int64_t* begin) {
    const std::int64_t first = split.size() * rank / size;
    const std::int64_t end = split.size() * (rank + 1) / size;
    EncodedSplit part;
    part.name = split.name;
    part.tokens.assign(split.tokens.begin() + first, split.tokens.begin() + end);
    part.labels.assign(split.labels.begin() + first, split.labels.begin() + end);
    part.lengths.assign(split.lengths.begin() + first, split.lengths.begin() + end);
    if (begin)
        *begin = first;
    return part;
}

EvalReport evaluateSharded(WorkerGroup& group, Gpt2ForSequenceClassification& model, const EncodedSplit& split,
                           const DevicePrecision& exec, const EvalOptions& options, Task task,
                           TrainingObserver* observer) {
    std::int64_t begin = 0;
    const EncodedSplit part = splitShare(split, group.rank(), group.size(), &begin);
    TrainingObserver* reporter = group.rank() == 0 ? observer : nullptr;
    if (task == Task::CausalLm)
        return evaluateCausalLmSharded(group, model, part, split.size(), exec, options, reporter);

    const auto start = std::chrono::steady_clock::now();
    EvalOptions local = options;
    local.predictionsFile.clear();
    std::vector<SamplePrediction> mine;
    local.collected = &mine;
    evaluateSplit(model, part, exec, local, reporter, nullptr);

    // Every share padded to the largest (index -1), as all_gather needs equal shapes.
    const std::int64_t rows = (split.size() + group.size() - 1) / group.size();
    auto table = torch::full({rows, Fields}, -1.0, torch::TensorOptions().dtype(torch::kFloat64));
    auto cells = table.accessor<double, 2>();
    for (std::size_t i = 0; i < mine.size(); ++i) {
        const auto r = static_cast<std::int64_t>(i);
        cells[r][Index] = static_cast<double>(begin + mine[i].index);
        cells[r][Label] = mine[i].label;
        cells[r][Predicted] = mine[i].predicted;
        cells[r][Probability] = mine[i].probability;
        cells[r][Loss] = mine[i].loss;
    }
    const torch::Tensor all = group.gather(table.to(exec.device)).to(torch::kCPU).reshape({-1, Fields}).contiguous();
    const auto gathered = all.accessor<double, 2>();
    std::vector<SamplePrediction> predictions;
    predictions.reserve(static_cast<std::size_t>(split.size()));
    for (std::int64_t r = 0; r < all.size(0); ++r) {
        if (gathered[r][Index] < 0)
            continue;
        SamplePrediction p;
        p.index = static_cast<std::int64_t>(gathered[r][Index]);
        p.label = static_cast<int>(gathered[r][Label]);
        p.predicted = static_cast<int>(gathered[r][Predicted]);
        p.probability = static_cast<float>(gathered[r][Probability]);
        p.loss = static_cast<float>(gathered[r][Loss]);
        predictions.push_back(p);
    }
    std::sort(predictions.begin(), predictions.end(),
              [](const SamplePrediction& a, const SamplePrediction& b) { return a.index < b.index; });

    MetricsAccumulator metrics(static_cast<int>(options.labelNames.size()));
    for (const SamplePrediction& p : predictions)
        metrics.add(p.label, p.predicted, p.loss);
    if (group.rank() == 0 && !options.predictionsFile.empty()) {
        PredictionsWriter writer(options.predictionsFile);
        for (const SamplePrediction& p : predictions)
            writer.add(p);
        writer.commit();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EvalReport report = metrics.report(options.labelNames, split.name, seconds, std::max(1, options.batchSize));
    report.step = options.step;
    report.epoch = options.epoch;
    return report;
}

} // namespace litetune
