// metrics.json writer and reader. Integer-valued counts are written as JSON integers; NaN
// (e.g. a loss that diverged) becomes null and reads back as 0.
#include "runs/ResultJson.h"

#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <set>

namespace litetune {

using nlohmann::json;

namespace {

const std::set<std::string>& integerKeys() {
    static const std::set<std::string> keys{"trainable_params", "total_params", "peak_memory_bytes", "adapter_bytes",
                                            "global_step",      "eval_samples", "eval_step"};
    return keys;
}

void putFlat(json& out, const std::map<std::string, double>& metrics) {
    for (const auto& [key, value] : metrics) {
        if (integerKeys().count(key))
            out[key] = static_cast<std::int64_t>(value);
        else
            out[key] = value;
    }
}

double number(const json& j, const char* key, const std::string& where) {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return 0.0;
    if (!it->is_number())
        throwBadInput(where + ": field \"" + key + "\" must be a number, found " + it->type_name());
    return it->get<double>();
}

template <typename T> std::vector<T> list(const json& j, const char* key, const std::string& where) {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return {};
    try {
        return it->get<std::vector<T>>();
    } catch (const json::exception&) {
        throwBadInput(where + ": field \"" + key + "\" must be a list of " +
                      (std::is_same_v<T, std::string> ? "strings" : "numbers"));
    }
}

} // namespace

json evalReportToJson(const EvalReport& r) {
    json out = json::object();
    putFlat(out, r.trainerMetrics());
    out["eval_split"] = r.split;
    out["eval_step"] = r.step;
    out["labels"] = r.labels;
    out["per_class"] = json{
        {"precision", r.perClassPrecision}, {"recall", r.perClassRecall}, {"f1", r.perClassF1}, {"support", r.support}};
    json rows = json::array();
    const std::size_t n = r.labels.size();
    for (std::size_t t = 0; t < n && (t + 1) * n <= r.confusion.size(); ++t)
        rows.push_back(std::vector<std::int64_t>(r.confusion.begin() + static_cast<std::ptrdiff_t>(t * n),
                                                 r.confusion.begin() + static_cast<std::ptrdiff_t>((t + 1) * n)));
    out["confusion_matrix"] = rows;
    return out;
}

json runResultToJson(const RunResult& result) {
    json out = evalReportToJson(result.eval);
    putFlat(out, result.trainerMetrics());
    out["cancelled"] = result.cancelled;
    if (result.worldSize > 1) { // data-parallel runs only, so other runs' metrics.json keeps its keys
        out["world_size"] = result.worldSize;
        out["train_allreduce_seconds"] = result.allreduceSeconds;
    }
    // trainer_state.json's names; only for a run that recorded a best evaluation.
    if (result.bestGlobalStep >= 0) {
        out["best_metric"] = result.bestMetric;
        out["best_global_step"] = result.bestGlobalStep;
        out["best_model_checkpoint"] =
            result.bestModelCheckpoint.empty() ? json(nullptr) : json(result.bestModelCheckpoint);
        out["best_model_loaded"] = result.bestModelLoaded;
    }
    return out;
}

EvalReport evalReportFromJson(const json& j, const std::string& where) {
    if (!j.is_object())
        throwBadInput(where + ": expected a JSON object of metrics, found " + std::string(j.type_name()));
    EvalReport r;
    r.loss = number(j, "eval_loss", where);
    r.accuracy = number(j, "eval_accuracy", where);
    r.f1Weighted = number(j, "eval_f1", where);
    r.precisionWeighted = number(j, "eval_precision", where);
    r.recallWeighted = number(j, "eval_recall", where);
    r.f1Macro = number(j, "eval_f1_macro", where);
    r.precisionMacro = number(j, "eval_precision_macro", where);
    r.recallMacro = number(j, "eval_recall_macro", where);
    r.perplexity = number(j, "perplexity", where);
    r.runtimeSeconds = number(j, "eval_runtime", where);
    r.samplesPerSecond = number(j, "eval_samples_per_second", where);
    r.stepsPerSecond = number(j, "eval_steps_per_second", where);
    r.samples = static_cast<std::int64_t>(number(j, "eval_samples", where));
    r.step = static_cast<std::int64_t>(number(j, "eval_step", where));
    r.epoch = number(j, "epoch", where);
    if (const auto it = j.find("eval_split"); it != j.end() && it->is_string())
        r.split = it->get<std::string>();
    r.labels = list<std::string>(j, "labels", where);
    if (const auto it = j.find("per_class"); it != j.end() && it->is_object()) {
        r.perClassPrecision = list<double>(*it, "precision", where);
        r.perClassRecall = list<double>(*it, "recall", where);
        r.perClassF1 = list<double>(*it, "f1", where);
        r.support = list<std::int64_t>(*it, "support", where);
    }
    if (const auto it = j.find("confusion_matrix"); it != j.end() && it->is_array()) {
        const std::size_t n = r.labels.size();
        if (it->size() != n)
            throwBadInput(where + ": \"confusion_matrix\" has " + std::to_string(it->size()) + " rows, expected " +
                          std::to_string(n));
        for (const auto& row : *it) {
            if (!row.is_array() || row.size() != n)
                throwBadInput(where + ": every \"confusion_matrix\" row must hold " + std::to_string(n) + " counts");
            for (const auto& cell : row) {
                if (!cell.is_number_integer())
                    throwBadInput(where + ": \"confusion_matrix\" cells must be integers");
                r.confusion.push_back(cell.get<std::int64_t>());
            }
        }
    }
    return r;
}

void readRunMetrics(const json& j, RunResult& result, const std::string& where) {
    result.eval = evalReportFromJson(j, where);
    result.trainLoss = number(j, "train_loss", where);
    result.trainRuntime = number(j, "train_runtime", where);
    result.trainSamplesPerSecond = number(j, "train_samples_per_second", where);
    result.trainStepsPerSecond = number(j, "train_steps_per_second", where);
    result.epoch = number(j, "epoch", where);
    result.globalStep = static_cast<std::int64_t>(number(j, "global_step", where));
    result.trainableParams = static_cast<std::int64_t>(number(j, "trainable_params", where));
    result.totalParams = static_cast<std::int64_t>(number(j, "total_params", where));
    result.peakMemoryBytes = static_cast<std::int64_t>(number(j, "peak_memory_bytes", where));
    result.adapterBytes = static_cast<std::int64_t>(number(j, "adapter_bytes", where));
    if (const auto it = j.find("cancelled"); it != j.end() && it->is_boolean())
        result.cancelled = it->get<bool>();
    if (const auto it = j.find("world_size"); it != j.end() && it->is_number_integer() &&
                                              it->get<std::int64_t>() >= 1 && it->get<std::int64_t>() <= (1 << 20)) {
        result.worldSize = it->get<int>();
        result.allreduceSeconds = number(j, "train_allreduce_seconds", where);
    }
    if (const auto it = j.find("best_global_step"); it != j.end() && !it->is_null()) {
        if (!it->is_number_integer() || it->get<std::int64_t>() < 0)
            throwBadInput(where + ": field \"best_global_step\" must be a step number, found " + it->dump());
        result.bestGlobalStep = it->get<std::int64_t>();
        result.bestMetric = number(j, "best_metric", where);
        if (const auto path = j.find("best_model_checkpoint"); path != j.end() && path->is_string())
            result.bestModelCheckpoint = path->get<std::string>();
        if (const auto loaded = j.find("best_model_loaded"); loaded != j.end() && loaded->is_boolean())
            result.bestModelLoaded = loaded->get<bool>();
    }
}

} // namespace litetune
