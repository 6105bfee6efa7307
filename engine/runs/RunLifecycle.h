// RunLifecycle: one run from prepared data to a finished run folder — base evaluation or
// fine-tuning (with resume), then model/ or adapter/, metrics.json and run.json. Also the eval
// verb's evaluation, which writes no run folder (only metrics.json and predictions.csv when an
// output folder is given). Engine-internal; api/Workbench.h is the public face.
#pragma once

#include "api/Results.h"
#include "api/Workbench.h"
#include "distributed/WorkerGroup.h"
#include "runs/RunInputs.h"

#include "util/StagedDirectory.h"

#include <filesystem>
#include <string>

namespace litetune {

// The name a run shows in tables when the config gives none: "Base", "Full fine-tune", "LoRA", ...
std::string defaultRunName(const TrainConfig& config);

// A new, empty run folder: `requested` (created; BadInput if it holds files already) or a fresh
// timestamped folder under `root` named after `stem`.
std::filesystem::path makeRunFolder(const std::string& requested, const std::filesystem::path& root,
                                    const std::string& stem);

// Runs config.method on `data` into `runDir`. config.resumeDir set: continue from its newest
// checkpoint (runDir must be that folder). With `workers`, one worker of a data-parallel run: all
// train, rank 0 alone writes runDir.
RunResult executeRun(const TrainConfig& config, const RunData& data, const std::filesystem::path& runDir,
                     TrainingObserver& observer, RunControl& control, WorkerGroup* workers = nullptr);

// evaluateModel (the eval verb) is declared in api/Workbench.h.

} // namespace litetune
