// Names of methods, precisions and sampling strategies as the CLI, run.json and the GUI spell them
// (api/TrainConfig.h).
// Parsing is exact and lower-case; "evaluate"/"eval" are accepted as aliases of "base".
#include "api/TrainConfig.h"

#include "api/Dataset.h"

namespace litetune {

const char* methodName(Method method) {
    switch (method) {
    case Method::Evaluate:
        return "base";
    case Method::Full:
        return "full";
    case Method::Lora:
        return "lora";
    case Method::Head:
        return "head";
    case Method::BitFit:
        return "bitfit";
    }
    return "full";
}

bool parseMethod(const std::string& text, Method& out) {
    if (text == "base" || text == "evaluate" || text == "eval")
        out = Method::Evaluate;
    else if (text == "full")
        out = Method::Full;
    else if (text == "lora")
        out = Method::Lora;
    else if (text == "head")
        out = Method::Head;
    else if (text == "bitfit")
        out = Method::BitFit;
    else
        return false;
    return true;
}

const char* taskName(Task task) {
    return task == Task::CausalLm ? "causal-lm" : "classification";
}

bool parseTask(const std::string& text, Task& out) {
    if (text == "classification")
        out = Task::Classification;
    else if (text == "causal-lm")
        out = Task::CausalLm;
    else
        return false;
    return true;
}

const char* precisionName(Precision precision) {
    switch (precision) {
    case Precision::Auto:
        return "auto";
    case Precision::Fp32:
        return "fp32";
    case Precision::Bf16:
        return "bf16";
    case Precision::Fp16:
        return "fp16";
    }
    return "auto";
}

bool parsePrecision(const std::string& text, Precision& out) {
    if (text == "auto")
        out = Precision::Auto;
    else if (text == "fp32")
        out = Precision::Fp32;
    else if (text == "bf16")
        out = Precision::Bf16;
    else if (text == "fp16")
        out = Precision::Fp16;
    else
        return false;
    return true;
}

const char* samplingStrategyName(SamplingStrategy strategy) {
    switch (strategy) {
    case SamplingStrategy::GroupByLength:
        return "group_by_length";
    case SamplingStrategy::Random:
        return "random";
    case SamplingStrategy::Sequential:
        return "sequential";
    }
    return "group_by_length";
}

bool parseSamplingStrategy(const std::string& text, SamplingStrategy& out) {
    if (text == "group_by_length")
        out = SamplingStrategy::GroupByLength;
    else if (text == "random")
        out = SamplingStrategy::Random;
    else if (text == "sequential")
        out = SamplingStrategy::Sequential;
    else
        return false;
    return true;
}

const std::vector<const char*>& bestModelMetricNames() {
    static const std::vector<const char*> names{
        "eval_loss",   "eval_accuracy",        "eval_f1",           "eval_f1_macro", "eval_precision",
        "eval_recall", "eval_precision_macro", "eval_recall_macro", "perplexity"};
    return names;
}

bool parseBestModelMetric(const std::string& text, std::string& out) {
    for (const char* name : bestModelMetricNames())
        if (text == name) {
            out = text;
            return true;
        }
    return false;
}

bool greaterIsBetter(const std::string& metric) {
    for (const char* word : {"loss", "perplexity", "runtime", "memory", "bytes", "params"})
        if (metric.find(word) != std::string::npos)
            return false;
    return true;
}

std::string bestModelMetricProblem(Task task, const std::string& metric) {
    if (task == Task::CausalLm && metric != "eval_loss" && metric != "perplexity")
        return "--metric-for-best-model " + metric +
               " is a classifier's score; a causal-LM run is judged by eval_loss or perplexity";
    if (task == Task::Classification && metric == "perplexity")
        return "--metric-for-best-model perplexity belongs to causal-LM runs; a classifier is judged by eval_loss, "
               "eval_accuracy, eval_f1, eval_f1_macro, eval_precision, eval_recall, eval_precision_macro or "
               "eval_recall_macro";
    return {};
}

std::string bestModelProblem(const TrainConfig& config) {
    if (config.loadBestModelAtEnd && config.evalEvery <= 0)
        return "--load-best-model-at-end needs evaluations during training: set --eval-every N (and have a "
               "validation split) so that there is a best evaluation to keep";
    if (config.earlyStoppingPatience > 0 && config.evalEvery <= 0)
        return "--early-stopping-patience needs --eval-every N and a validation split to watch";
    return bestModelMetricProblem(config.task, config.metricForBestModel);
}

void applyDemoSettings(TrainConfig& config) {
    config.epochs = 5.0;
    config.learningRate = 1e-3;
    config.lora.learningRate = 5e-3; // LoRA's few parameters want a larger step (compare)
    config.batchSize = 16;
    config.gradAccum = 1;
    config.maxLength = 128;
    config.warmupRatio = 0.0;
    config.weightDecay = 0.0;
    config.evalEvery = 25; // curves to watch: an evaluation of the small validation split is instant
}

DatasetOptions datasetOptionsFor(const TrainConfig& config, bool splitSingleFile) {
    DatasetOptions options;
    options.path = config.dataPath;
    options.textColumn = config.textColumn;
    options.labelColumn = config.labelColumn;
    options.splitSingleFile = splitSingleFile;
    options.validationFraction = config.validationFraction;
    options.testFraction = config.testFraction;
    options.seed = config.seed;
    options.skipBadRows = config.skipBadRows;
    options.cleanText = config.cleanText;
    return options;
}

void applyDatasetOptions(TrainConfig& config, const DatasetOptions& options) {
    config.dataPath = options.path;
    config.textColumn = options.textColumn;
    config.labelColumn = options.labelColumn;
    config.validationFraction = options.validationFraction;
    config.testFraction = options.testFraction;
    config.skipBadRows = options.skipBadRows;
    config.cleanText = options.cleanText;
}

} // namespace litetune
