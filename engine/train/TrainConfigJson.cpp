// TrainConfig <-> JSON for run.json. What it does not do: validate ranges (the Trainer does).
#include "train/TrainConfigJson.h"

#include "util/Error.h"

#include <nlohmann/json.hpp>

namespace litetune {

using nlohmann::json;

namespace {

template <typename T> void read(const json& object, const char* key, T& out, const std::string& where) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return;
    try {
        out = it->get<T>();
    } catch (const json::exception&) {
        throwBadInput(where + ": field \"" + key + "\" has the wrong type (" + it->type_name() + ")");
    }
}

} // namespace

json trainConfigToJson(const TrainConfig& c) {
    return json{
        {"model", c.modelPath},
        {"adapter", c.adapterPath},
        {"data", c.dataPath},
        {"text_column", c.textColumn},
        {"label_column", c.labelColumn},
        {"eval_split", c.evalSplit},
        {"method", methodName(c.method)},
        {"epochs", c.epochs},
        {"max_steps", c.maxSteps},
        {"lr", c.learningRate},
        {"weight_decay", c.weightDecay},
        {"warmup_ratio", c.warmupRatio},
        {"batch_size", c.batchSize},
        {"eval_batch_size", c.evalBatchSize},
        {"grad_accum", c.gradAccum},
        {"max_grad_norm", c.maxGradNorm},
        {"max_length", c.maxLength},
        {"seed", c.seed},
        {"train_sampling_strategy", samplingStrategyName(c.trainSamplingStrategy)},
        {"eval_every", c.evalEvery},
        {"early_stopping", c.earlyStoppingPatience},
        {"early_stopping_metric", c.earlyStoppingMetric},
        {"checkpoint_every", c.checkpointEvery},
        {"device", c.device},
        {"precision", precisionName(c.precision)},
        {"threads", c.threads},
        {"limit_train", c.limitTrain},
        {"limit_eval", c.limitEval},
        {"validation_fraction", c.validationFraction},
        {"test_fraction", c.testFraction},
        {"skip_bad_rows", c.skipBadRows},
        {"clean_text", c.cleanText},
        {"class_weighted_loss", c.classWeightedLoss},
        {"lora_r", c.lora.r},
        {"lora_alpha", c.lora.alpha},
        {"lora_dropout", c.lora.dropout},
        {"lora_targets", c.lora.targets},
        {"lora_rslora", c.lora.rslora},
        {"lora_lr", c.lora.learningRate},
        {"out", c.outDir},
        {"resume", c.resumeDir},
        {"name", c.runName},
    };
}

TrainConfig trainConfigFromJson(const json& j, const std::string& where) {
    if (!j.is_object())
        throwBadInput(where + ": \"config\" must be a JSON object, found " + std::string(j.type_name()));
    TrainConfig c;
    read(j, "model", c.modelPath, where);
    read(j, "adapter", c.adapterPath, where);
    read(j, "data", c.dataPath, where);
    read(j, "text_column", c.textColumn, where);
    read(j, "label_column", c.labelColumn, where);
    read(j, "eval_split", c.evalSplit, where);
    std::string method = methodName(c.method);
    read(j, "method", method, where);
    if (!parseMethod(method, c.method))
        throwBadInput(where + ": field \"method\" is \"" + method + "\", expected base, full, lora, head or bitfit");
    read(j, "epochs", c.epochs, where);
    read(j, "max_steps", c.maxSteps, where);
    read(j, "lr", c.learningRate, where);
    read(j, "weight_decay", c.weightDecay, where);
    read(j, "warmup_ratio", c.warmupRatio, where);
    read(j, "batch_size", c.batchSize, where);
    read(j, "eval_batch_size", c.evalBatchSize, where);
    read(j, "grad_accum", c.gradAccum, where);
    read(j, "max_grad_norm", c.maxGradNorm, where);
    read(j, "max_length", c.maxLength, where);
    read(j, "seed", c.seed, where);
    // Absent in runs recorded before the knob: they keep TrainConfig's default, their batching then.
    std::string sampling = samplingStrategyName(c.trainSamplingStrategy);
    read(j, "train_sampling_strategy", sampling, where);
    if (!parseSamplingStrategy(sampling, c.trainSamplingStrategy))
        throwBadInput(where + ": field \"train_sampling_strategy\" is \"" + sampling +
                      "\", expected group_by_length, random or sequential");
    read(j, "eval_every", c.evalEvery, where);
    read(j, "early_stopping", c.earlyStoppingPatience, where);
    read(j, "early_stopping_metric", c.earlyStoppingMetric, where);
    read(j, "checkpoint_every", c.checkpointEvery, where);
    read(j, "device", c.device, where);
    std::string precision = precisionName(c.precision);
    read(j, "precision", precision, where);
    if (!parsePrecision(precision, c.precision))
        throwBadInput(where + ": field \"precision\" is \"" + precision + "\", expected auto, fp32, bf16 or fp16");
    read(j, "threads", c.threads, where);
    read(j, "limit_train", c.limitTrain, where);
    read(j, "limit_eval", c.limitEval, where);
    read(j, "validation_fraction", c.validationFraction, where);
    read(j, "test_fraction", c.testFraction, where);
    read(j, "skip_bad_rows", c.skipBadRows, where);
    read(j, "clean_text", c.cleanText, where);
    read(j, "class_weighted_loss", c.classWeightedLoss, where);
    read(j, "lora_r", c.lora.r, where);
    read(j, "lora_alpha", c.lora.alpha, where);
    read(j, "lora_dropout", c.lora.dropout, where);
    read(j, "lora_targets", c.lora.targets, where);
    read(j, "lora_rslora", c.lora.rslora, where);
    read(j, "lora_lr", c.lora.learningRate, where);
    read(j, "out", c.outDir, where);
    read(j, "resume", c.resumeDir, where);
    read(j, "name", c.runName, where);
    return c;
}

} // namespace litetune
