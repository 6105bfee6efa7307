// The allowed range of every numeric knob of TrainConfig, declared once: the CLI checks its options
// against it, the run.json reader checks a recorded config against it (a hand-edited run.json is
// refused, not obeyed), and the GUI can read the bounds for its spin boxes. NaN and infinity are
// outside every range. A rule's name is the CLI option; its run.json key has '_' for '-'.
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
    double (*value)(const TrainConfig&);
};

const std::vector<NumericRule>& trainConfigRules();

struct RuleViolation {
    std::string option;      // the CLI option
    std::string key;         // the run.json key
    std::string expectation; // "expects a value in [0, 10], got nan"
};

// The first rule `config` breaks (max_steps included: -1 or a positive count), or nothing.
std::optional<RuleViolation> firstRuleViolation(const TrainConfig& config);

} // namespace litetune
