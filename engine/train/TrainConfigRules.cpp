// The knob ranges (api/TrainConfigRules.h). Where the Hugging Face Trainer accepts a value, so does
// LiteTune; the upper bounds only stop values no run can mean (a learning rate of 1e9).
#include "api/TrainConfigRules.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <type_traits>

namespace litetune {

namespace {

// Integral values as integers ("1000000", not "1e+06"), the rest as %g.
std::string formatted(double value) {
    char text[32];
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        std::snprintf(text, sizeof text, "%.0f", value);
    else
        std::snprintf(text, sizeof text, "%g", value);
    return text;
}

RuleViolation violation(const std::string& option, const std::string& expectation) {
    std::string key = option;
    std::replace(key.begin(), key.end(), '-', '_');
    return RuleViolation{option, key, expectation};
}

} // namespace

// One line per knob: option, low, high, low inclusive, integer, then how to read and write it.
#define LITETUNE_RULE(option, low, high, lowInclusive, member, type)                                                   \
    NumericRule {                                                                                                      \
        option, low, high, lowInclusive, std::is_integral_v<type>,                                                     \
            [](const TrainConfig& c) { return static_cast<double>(c.member); },                                        \
            [](TrainConfig& c, double v) { c.member = static_cast<type>(v); }                                          \
    }

const std::vector<NumericRule>& trainConfigRules() {
    static const std::vector<NumericRule> rules = {
        LITETUNE_RULE("epochs", 0.0, 1e6, false, epochs, double),
        LITETUNE_RULE("lr", 0.0, 10.0, true, learningRate, double),
        LITETUNE_RULE("weight-decay", 0.0, 10.0, true, weightDecay, double),
        LITETUNE_RULE("warmup-ratio", 0.0, 1.0, true, warmupRatio, double),
        LITETUNE_RULE("batch-size", 1, 1e6, true, batchSize, int),
        LITETUNE_RULE("eval-batch-size", 1, 1e6, true, evalBatchSize, int),
        LITETUNE_RULE("grad-accum", 1, 1e6, true, gradAccum, int),
        LITETUNE_RULE("max-grad-norm", 0.0, 1e9, true, maxGradNorm, double),
        LITETUNE_RULE("max-length", 1, 1e6, true, maxLength, int),
        LITETUNE_RULE("eval-every", 0, 1e12, true, evalEvery, std::int64_t),
        LITETUNE_RULE("checkpoint-every", 0, 1e12, true, checkpointEvery, std::int64_t),
        LITETUNE_RULE("early-stopping", 0, 1e6, true, earlyStoppingPatience, int),
        LITETUNE_RULE("threads", 0, 4096, true, threads, int),
        LITETUNE_RULE("seed", 0, 9007199254740992.0, true, seed, std::uint64_t), // 2^53: exact as a double
        LITETUNE_RULE("limit-train", 0, 1e12, true, limitTrain, std::int64_t),
        LITETUNE_RULE("limit-eval", 0, 1e12, true, limitEval, std::int64_t),
        LITETUNE_RULE("validation-fraction", 0.0, 0.9, true, validationFraction, double),
        LITETUNE_RULE("test-fraction", 0.0, 0.9, true, testFraction, double),
        LITETUNE_RULE("lora-r", 1, 1e6, true, lora.r, int),
        LITETUNE_RULE("lora-alpha", 0.0, 1e6, false, lora.alpha, double),
        LITETUNE_RULE("lora-dropout", 0.0, 0.99, true, lora.dropout, double),
        LITETUNE_RULE("lora-lr", 0.0, 10.0, true, lora.learningRate, double),
    };
    return rules;
}

#undef LITETUNE_RULE

const NumericRule* findTrainConfigRule(const std::string& option) {
    for (const NumericRule& rule : trainConfigRules())
        if (option == rule.option)
            return &rule;
    return nullptr;
}

std::optional<RuleViolation> checkRule(const NumericRule& rule, double value) {
    if (std::isfinite(value) && value <= rule.high && (rule.lowInclusive ? value >= rule.low : value > rule.low))
        return std::nullopt;
    return violation(rule.option, std::string("expects a value in ") + (rule.lowInclusive ? "[" : "(") +
                                      formatted(rule.low) + ", " + formatted(rule.high) + "], got " + formatted(value));
}

std::vector<RuleViolation> ruleViolations(const TrainConfig& config) {
    std::vector<RuleViolation> found;
    for (const NumericRule& rule : trainConfigRules())
        if (auto broken = checkRule(rule, rule.value(config)))
            found.push_back(std::move(*broken));
    if (config.maxSteps == 0 || config.maxSteps < -1)
        found.push_back(violation("max-steps", "expects a positive step count (or -1: from the epochs), got " +
                                                   std::to_string(config.maxSteps)));
    return found;
}

std::optional<RuleViolation> firstRuleViolation(const TrainConfig& config) {
    std::vector<RuleViolation> found = ruleViolations(config);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

} // namespace litetune
