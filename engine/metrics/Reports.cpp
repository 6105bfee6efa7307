// The flat, Trainer-named metric dictionaries of EvalReport and RunResult (api/Results.h), the
// names scripts written for Hugging Face's Trainer read. Per-class scores and the confusion
// matrix are not flat numbers and are serialised elsewhere (runs/ResultJson).
// Reference: the man page (packaging/litetune-cli.1) metric names; transformers trainer.py (train/evaluate metrics).
#include "api/Results.h"

namespace litetune {

std::map<std::string, double> EvalReport::trainerMetrics() const {
    if (perplexity > 0.0)
        return {
            {"eval_loss", loss},
            {"perplexity", perplexity},
            {"eval_runtime", runtimeSeconds},
            {"eval_samples_per_second", samplesPerSecond},
            {"eval_steps_per_second", stepsPerSecond},
            {"eval_samples", static_cast<double>(samples)},
            {"epoch", epoch},
        };
    return {
        {"eval_loss", loss},
        {"eval_accuracy", accuracy},
        {"eval_f1", f1Weighted},
        {"eval_precision", precisionWeighted},
        {"eval_recall", recallWeighted},
        {"eval_f1_macro", f1Macro},
        {"eval_precision_macro", precisionMacro},
        {"eval_recall_macro", recallMacro},
        {"eval_runtime", runtimeSeconds},
        {"eval_samples_per_second", samplesPerSecond},
        {"eval_steps_per_second", stepsPerSecond},
        {"eval_samples", static_cast<double>(samples)},
        {"epoch", epoch},
    };
}

std::map<std::string, double> RunResult::trainerMetrics() const {
    std::map<std::string, double> m = eval.trainerMetrics();
    if (config.method != Method::Evaluate) {
        m["train_loss"] = trainLoss;
        m["train_runtime"] = trainRuntime;
        m["train_samples_per_second"] = trainSamplesPerSecond;
        m["train_steps_per_second"] = trainStepsPerSecond;
        m["global_step"] = static_cast<double>(globalStep);
        m["epoch"] = epoch;
    }
    m["trainable_params"] = static_cast<double>(trainableParams);
    m["total_params"] = static_cast<double>(totalParams);
    m["peak_memory_bytes"] = static_cast<double>(peakMemoryBytes);
    m["adapter_bytes"] = static_cast<double>(adapterBytes);
    return m;
}

} // namespace litetune
