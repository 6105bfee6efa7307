// KeptModel: which weights a run kept and why — the best evaluation's (load_best_model_at_end, by
// metric_for_best_model) or the last step's — as the one line per run that every report form adds
// under its results table (api/Report.h, keptModelText, is the CLI's and the GUI's word for it).
#pragma once

#include "api/Results.h"

#include <string>
#include <vector>

namespace litetune {

// "Kept: full: step 4, best eval_f1_macro 0.8300 (load_best_model_at_end); lora: last step 6." with one
// entry per trained run, named by `columns` (MetricTable::columns); empty when no run recorded a
// best evaluation, so reports of runs without evaluations during training read as before.
std::string keptModelNote(const std::vector<RunResult>& runs, const std::vector<std::string>& columns);

} // namespace litetune
