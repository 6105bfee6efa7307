// TrainConfigJson: a TrainConfig as the "config" object of run.json and back. Keys are the CLI's
// knob names in snake_case. Reading is lenient about missing keys (defaults apply, so older run
// folders still load) and strict about types (a wrong type is BadInput naming the key).
#pragma once

#include "api/TrainConfig.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace litetune {

nlohmann::json trainConfigToJson(const TrainConfig& config);
// `where` names the file for error messages.
TrainConfig trainConfigFromJson(const nlohmann::json& json, const std::string& where);

} // namespace litetune
