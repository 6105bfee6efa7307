// The allowed range of every numeric knob of TrainConfig, declared once: the CLI checks its options
// against it, the run.json reader checks a recorded config against it (a hand-edited run.json is
// refused, not obeyed), and the GUI takes its spin boxes' bounds and its messages from it, so both
// refuse the same values in the same words. NaN and infinity are outside every range. A rule's
// name is the CLI option; its run.json key has '_' for '-'.
#pragma once

#include "api/TrainConfig.h"

#include <optional>
#include <string>
#include <vector>

namespace litetune {

struct NumericRule {
    const char* option; // "lr", "max-grad-norm", ...
    double low;
    double high;
    bool lowInclusive;
    bool integer;
    double (*value)(const TrainConfig&);
    void (*set)(TrainConfig&, double);
};

const std::vector<NumericRule>& trainConfigRules();

// The rule of one option, or nullptr.
const NumericRule* findTrainConfigRule(const std::string& option);

struct RuleViolation {
    std::string option;      // the CLI option
    std::string key;         // the run.json key
    std::string expectation; // "expects a value in [0, 10], got nan"
};

// Whether `value` is allowed for the rule's option; if not, why (RuleViolation::expectation).
std::optional<RuleViolation> checkRule(const NumericRule& rule, double value);

// Every rule `config` breaks, in table order (max_steps included: -1 or a positive count).
std::vector<RuleViolation> ruleViolations(const TrainConfig& config);

// The first of them, or nothing.
std::optional<RuleViolation> firstRuleViolation(const TrainConfig& config);

} // namespace litetune
