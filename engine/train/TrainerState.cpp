// state.json of a checkpoint. Doubles round-trip exactly (nlohmann writes the shortest form
// that reads back to the same value), which exact resumption relies on for the loss sum.
#include "train/TrainerState.h"

#include "util/Error.h"

#include <nlohmann/json.hpp>

namespace litetune {

using nlohmann::json;

namespace {

template <typename T> T field(const json& j, const char* key, const std::string& where) {
    const auto it = j.find(key);
    if (it == j.end())
        throwBadInput(where + ": field \"" + key + "\" is missing");
    try {
        return it->get<T>();
    } catch (const json::exception&) {
        throwBadInput(where + ": field \"" + key + "\" has the wrong type (" + it->type_name() + ")");
    }
}

} // namespace

json trainerStateToJson(const TrainerState& s) {
    return json{
        {"format", "litetune-trainer-state"},
        {"format_version", 1},
        {"global_step", s.globalStep},
        {"epoch_index", s.epochIndex},
        {"next_batch", s.nextBatch},
        {"train_loss_sum", s.trainLossSum},
        {"train_seconds", s.trainSeconds},
        {"epoch", s.epoch},
        {"loss_scale", s.lossScale},
        {"steps_since_scale_change", s.stepsSinceScaleChange},
        {"have_best", s.haveBest},
        {"best_metric", s.bestMetric},
        {"best_global_step", s.bestGlobalStep},
        {"evals_without_improvement", s.evalsWithoutImprovement},
        {"last_eval_step", s.lastEvalStep},
        {"seed", s.seed},
        {"rng", "torch generators reseeded from (seed, step) before every step; data order from (seed, epoch)"},
    };
}

TrainerState trainerStateFromJson(const json& j, const std::string& where) {
    if (!j.is_object() || j.value("format", "") != "litetune-trainer-state")
        throwBadInput(where + ": expected a trainer state with \"format\": \"litetune-trainer-state\"");
    if (field<int>(j, "format_version", where) != 1)
        throwBadInput(where + ": trainer state format_version " + j.at("format_version").dump() +
                      " is not 1; this LiteTune cannot resume it");
    TrainerState s;
    s.globalStep = field<std::int64_t>(j, "global_step", where);
    s.epochIndex = field<std::int64_t>(j, "epoch_index", where);
    s.nextBatch = field<std::int64_t>(j, "next_batch", where);
    s.trainLossSum = field<double>(j, "train_loss_sum", where);
    s.trainSeconds = field<double>(j, "train_seconds", where);
    s.epoch = field<double>(j, "epoch", where);
    s.lossScale = field<double>(j, "loss_scale", where);
    s.stepsSinceScaleChange = field<std::int64_t>(j, "steps_since_scale_change", where);
    s.haveBest = field<bool>(j, "have_best", where);
    s.bestMetric = field<double>(j, "best_metric", where);
    s.evalsWithoutImprovement = field<int>(j, "evals_without_improvement", where);
    // Absent in checkpoints written before the best step was recorded: unknown, as -1 says.
    if (j.contains("best_global_step"))
        s.bestGlobalStep = field<std::int64_t>(j, "best_global_step", where);
    s.lastEvalStep = field<std::int64_t>(j, "last_eval_step", where);
    s.seed = field<std::uint64_t>(j, "seed", where);
    if (s.globalStep < 0 || s.epochIndex < 0 || s.nextBatch < 0)
        throwBadInput(where + ": negative step, epoch or batch position");
    return s;
}

} // namespace litetune
