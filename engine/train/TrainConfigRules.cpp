// The knob ranges (api/TrainConfigRules.h). Where the Hugging Face Trainer accepts a value, so does
// LiteTune; the upper bounds only stop values no run can mean (a learning rate of 1e9).
#include "api/TrainConfigRules.h"

#include <cmath>
#include <cstdio>

namespace litetune {

namespace {

std::string formatted(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

} // namespace

const std::vector<NumericRule>& trainConfigRules() {
    static const std::vector<NumericRule> rules = {
        {"epochs", 0.0, 1e6, false, [](const TrainConfig& c) { return c.epochs; }},
        {"lr", 0.0, 10.0, true, [](const TrainConfig& c) { return c.learningRate; }},
        {"weight-decay", 0.0, 10.0, true, [](const TrainConfig& c) { return c.weightDecay; }},
        {"warmup-ratio", 0.0, 1.0, true, [](const TrainConfig& c) { return c.warmupRatio; }},
        {"batch-size", 1, 1e6, true, [](const TrainConfig& c) { return double(c.batchSize); }},
        {"eval-batch-size", 1, 1e6, true, [](const TrainConfig& c) { return double(c.evalBatchSize); }},
        {"grad-accum", 1, 1e6, true, [](const TrainConfig& c) { return double(c.gradAccum); }},
        {"max-grad-norm", 0.0, 1e9, true, [](const TrainConfig& c) { return c.maxGradNorm; }},
        {"max-length", 1, 1e6, true, [](const TrainConfig& c) { return double(c.maxLength); }},
        {"eval-every", 0, 1e12, true, [](const TrainConfig& c) { return double(c.evalEvery); }},
        {"checkpoint-every", 0, 1e12, true, [](const TrainConfig& c) { return double(c.checkpointEvery); }},
        {"early-stopping", 0, 1e6, true, [](const TrainConfig& c) { return double(c.earlyStoppingPatience); }},
        {"threads", 0, 4096, true, [](const TrainConfig& c) { return double(c.threads); }},
        {"limit-train", 0, 1e12, true, [](const TrainConfig& c) { return double(c.limitTrain); }},
        {"limit-eval", 0, 1e12, true, [](const TrainConfig& c) { return double(c.limitEval); }},
        {"validation-fraction", 0.0, 0.9, true, [](const TrainConfig& c) { return c.validationFraction; }},
        {"test-fraction", 0.0, 0.9, true, [](const TrainConfig& c) { return c.testFraction; }},
        {"lora-r", 1, 1e6, true, [](const TrainConfig& c) { return double(c.lora.r); }},
        {"lora-alpha", 0.0, 1e6, false, [](const TrainConfig& c) { return c.lora.alpha; }},
        {"lora-dropout", 0.0, 0.99, true, [](const TrainConfig& c) { return c.lora.dropout; }},
        {"lora-lr", 0.0, 10.0, true, [](const TrainConfig& c) { return c.lora.learningRate; }},
    };
    return rules;
}

std::optional<RuleViolation> firstRuleViolation(const TrainConfig& config) {
    const auto violation = [](const std::string& option, const std::string& expectation) {
        std::string key = option;
        for (char& c : key)
            if (c == '-')
                c = '_';
        return RuleViolation{option, key, expectation};
    };
    for (const NumericRule& rule : trainConfigRules()) {
        const double value = rule.value(config);
        if (std::isfinite(value) && value <= rule.high && (rule.lowInclusive ? value >= rule.low : value > rule.low))
            continue;
        return violation(rule.option, std::string("expects a value in ") + (rule.lowInclusive ? "[" : "(") +
                                          formatted(rule.low) + ", " + formatted(rule.high) + "], got " +
                                          formatted(value));
    }
    if (config.maxSteps == 0 || config.maxSteps < -1)
        return violation("max-steps", "expects a positive step count (or -1: from the epochs), got " +
                                          std::to_string(config.maxSteps));
    return std::nullopt;
}

} // namespace litetune
