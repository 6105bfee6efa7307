// TrainerState: the loop's own counters — everything besides weights and optimizer moments that
// a resumed run needs to continue exactly where it stopped: step, data position, loss sums,
// training time, best evaluation, early-stopping and loss-scale state. Saved as state.json in each checkpoint.
// Random state is not stored: every optimizer step reseeds LibTorch's generators from
// (seed, step) and data order is a pure function of (seed, epoch), so both follow from the counters.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>

namespace litetune {

struct TrainerState {
    std::int64_t globalStep = 0; // optimizer steps done
    std::int64_t epochIndex = 0; // epoch in progress
    std::int64_t nextBatch = 0;  // next micro-batch of that epoch
    double trainLossSum = 0.0;   // sum of per-step losses (train_loss = sum / steps)
    double trainSeconds = 0.0;   // training wall time so far, pauses excluded
    double epoch = 0.0;          // fractional epoch after the last step
    double lossScale = 65536.0;  // fp16 dynamic loss scale
    std::int64_t stepsSinceScaleChange = 0;
    bool haveBest = false; // the best evaluation by metric_for_best_model so far
    double bestMetric = 0.0;
    std::int64_t bestGlobalStep = -1; // its step (trainer_state.json's best_global_step)
    int evalsWithoutImprovement = 0;
    std::int64_t lastEvalStep = -1;
    std::uint64_t seed = 0;
};

nlohmann::json trainerStateToJson(const TrainerState& state);
TrainerState trainerStateFromJson(const nlohmann::json& json, const std::string& where);

} // namespace litetune
