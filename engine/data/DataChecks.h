// DataChecks: what a user should hear about a dataset before training on it, as warnings (the
// run goes on): validation texts that are also training texts (the scores then overstate), texts
// that carry two labels in the training split, and an empty validation split (nothing measured).
// Torch-free (litetune_core).
#pragma once

#include "api/Dataset.h"

#include <string>
#include <vector>

namespace litetune {

std::vector<std::string> datasetWarnings(const Dataset& dataset);

} // namespace litetune
