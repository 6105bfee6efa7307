// ResultJson: metrics.json. The Trainer-named numbers sit flat at the top level (so a script
// written for Hugging Face reads `eval_accuracy` directly); label names, per-class scores and the
// confusion matrix live under "labels", "per_class" and "confusion_matrix".
#pragma once

#include "api/Results.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace litetune {

nlohmann::json evalReportToJson(const EvalReport& report);
nlohmann::json runResultToJson(const RunResult& result); // metrics.json of a run

// Reads what the functions above wrote; `where` names the file for error messages.
EvalReport evalReportFromJson(const nlohmann::json& json, const std::string& where);
void readRunMetrics(const nlohmann::json& json, RunResult& result, const std::string& where);

} // namespace litetune
