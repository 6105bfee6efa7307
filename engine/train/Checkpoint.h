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
                                     const HistoryLog& history, int keep = 2);

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
RestoredCheckpoint loadCheckpoint(const std::filesystem::path& checkpointDir,
                                  const std::vector<NamedParameter>& trainable, torch::optim::Optimizer& optimizer);

} // namespace litetune
