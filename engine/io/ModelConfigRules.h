// ModelConfigRules: what a GPT-2 config (api/ModelConfig.h) must hold before a model is built from
// it: every size bounded before anything is allocated from it (config.json is outside input),
// n_embd divisible by n_head, at most 20 billion parameters, a supported activation. Torch-free,
// beside the config's reader and writer (io/ModelConfigJson.cpp).
#pragma once

#include "api/ModelConfig.h"

namespace litetune {

// BadInput naming the first field out of bounds.
void validateModelConfig(const ModelConfig& config);

} // namespace litetune
