// Checkpoint: RUN/checkpoints/step-N/ — the trainable weights (trainable.safetensors), AdamW's
// moments and step counts (optimizer.pt, LibTorch's archive), the loop's counters (state.json) and
// the history so far (history.csv). Written into a hidden temporary folder and renamed into place,
// so a crash leaves either the previous checkpoint or the complete new one; only the newest
// `keep` checkpoints stay. Frozen weights are not stored: a resume rebuilds them from the run's
// model (and seed), exactly as the run first built them.
// Reference: pytorch/examples cpp (model and optimizer saved together so a run resumes exactly).
#pragma once

#include "train/HistoryLog.h"
#include "train/Optimization.h"
#include "train/TrainerState.h"

#include <torch/optim.h>

#include <filesystem>
#include <optional>
#include <vector>

namespace litetune {

std::filesystem::path saveCheckpoint(const std::filesystem::path& runDir, const std::vector<NamedParameter>& trainable,
                                     const torch::optim::Optimizer& optimizer, const TrainerState& state,
                                     const HistoryLog& history, int keep = 2, std::int64_t alsoKeepStep = -1);
// alsoKeepStep: a checkpoint that survives the pruning whatever its age (the best one, which
// load_best_model_at_end restores; the Trainer's save_total_limit rule).

// The path of step N's checkpoint folder under a run (whether or not it exists).
std::filesystem::path checkpointPath(const std::filesystem::path& runDir, std::int64_t step);

// The newest complete checkpoint folder of a run, if any.
std::optional<std::filesystem::path> latestCheckpoint(const std::filesystem::path& runDir);
// Every complete checkpoint folder of a run, newest first (resume falls back along this list).
std::vector<std::filesystem::path> checkpointsNewestFirst(const std::filesystem::path& runDir);

struct RestoredCheckpoint {
    TrainerState state;
    HistoryLog history;
};

// Copies the stored weights into `trainable` (every name must be present, shapes equal) and loads
// the optimizer, which must have been built over the same parameters. BadInput names the file; any
// failure to read a part (a damaged file, bytes that are not UTF-8) is BadInput naming it.
// Copies only the stored weights into `trainable` (load_best_model_at_end), with loadCheckpoint's checks.
void loadCheckpointWeights(const std::filesystem::path& checkpointDir, const std::vector<NamedParameter>& trainable);

RestoredCheckpoint loadCheckpoint(const std::filesystem::path& checkpointDir,
                                  const std::vector<NamedParameter>& trainable, torch::optim::Optimizer& optimizer);

} // namespace litetune
